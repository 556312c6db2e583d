#pragma once
// The element-wise loops of MLP inference and training (bias + activation, activation
// gradients, column sums, the AdamW update) as plain loops compiled for several instruction
// sets (GCC function multiversioning: AVX-512, AVX2 and a baseline), chosen at run time for
// the CPU, so one portable binary uses the machine's vector width. Row-major, contiguous rows.

#include <cstddef>

namespace edgefront::kernels {

// rows x cols block with row stride `stride`: x = max(x + bias, 0) / x + bias.
void addBiasRelu(float *x, const float *bias, std::ptrdiff_t rows, std::ptrdiff_t cols, std::ptrdiff_t stride);
void addBias(float *x, const float *bias, std::ptrdiff_t rows, std::ptrdiff_t cols, std::ptrdiff_t stride);
// grad[i] = y[i] > 0 ? grad[i] : 0 over n contiguous values.
void reluGradient(float *grad, const float *y, std::ptrdiff_t n);
// out[c] = sum over rows of x[r][c].
void columnSums(const float *x, std::ptrdiff_t rows, std::ptrdiff_t cols, std::ptrdiff_t stride, float *out);
// AdamW step over n parameters.
void adamUpdate(float *param, float *m, float *v, const float *g, std::ptrdiff_t n, float learningRate, float beta1,
                float beta2, float eps, float decay);
// The same step on the gradient g0 + g1 (two partial gradients summed in that order).
void adamUpdatePair(float *param, float *m, float *v, const float *g0, const float *g1, std::ptrdiff_t n,
                    float learningRate, float beta1, float beta2, float eps, float decay);
// out[i] += in[i].
void accumulate(float *out, const float *in, std::ptrdiff_t n);

} // namespace edgefront::kernels
