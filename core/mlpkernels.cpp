#include "mlpkernels.h"

#include <cmath>

// One clone per instruction set; the dynamic loader picks the best the CPU has.
#define EDGEFRONT_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))

namespace edgefront::kernels {

EDGEFRONT_CLONES
void addBiasRelu(float *x, const float *bias, std::ptrdiff_t rows, std::ptrdiff_t cols, std::ptrdiff_t stride)
{
    for (std::ptrdiff_t r = 0; r < rows; ++r) {
        float *__restrict row = x + r * stride;
        for (std::ptrdiff_t c = 0; c < cols; ++c) {
            const float v = row[c] + bias[c];
            row[c] = v > 0.0f ? v : 0.0f;
        }
    }
}

EDGEFRONT_CLONES
void addBias(float *x, const float *bias, std::ptrdiff_t rows, std::ptrdiff_t cols, std::ptrdiff_t stride)
{
    for (std::ptrdiff_t r = 0; r < rows; ++r) {
        float *__restrict row = x + r * stride;
        for (std::ptrdiff_t c = 0; c < cols; ++c)
            row[c] += bias[c];
    }
}

EDGEFRONT_CLONES
void reluGradient(float *__restrict grad, const float *__restrict y, std::ptrdiff_t n)
{
    for (std::ptrdiff_t i = 0; i < n; ++i)
        grad[i] = y[i] > 0.0f ? grad[i] : 0.0f;
}

EDGEFRONT_CLONES
void columnSums(const float *x, std::ptrdiff_t rows, std::ptrdiff_t cols, std::ptrdiff_t stride, float *__restrict out)
{
    for (std::ptrdiff_t c = 0; c < cols; ++c)
        out[c] = 0.0f;
    for (std::ptrdiff_t r = 0; r < rows; ++r) {
        const float *__restrict row = x + r * stride;
        for (std::ptrdiff_t c = 0; c < cols; ++c)
            out[c] += row[c];
    }
}

EDGEFRONT_CLONES
void adamUpdate(float *__restrict param, float *__restrict m, float *__restrict v, const float *__restrict g,
                std::ptrdiff_t n, float learningRate, float beta1, float beta2, float eps, float decay)
{
    for (std::ptrdiff_t i = 0; i < n; ++i) {
        const float mi = beta1 * m[i] + (1.0f - beta1) * g[i];
        const float vi = beta2 * v[i] + (1.0f - beta2) * g[i] * g[i];
        m[i] = mi;
        v[i] = vi;
        param[i] -= learningRate * mi / (std::sqrt(vi) + eps) + decay * param[i];
    }
}

EDGEFRONT_CLONES
void adamUpdatePair(float *__restrict param, float *__restrict m, float *__restrict v, const float *__restrict g0,
                    const float *__restrict g1, std::ptrdiff_t n, float learningRate, float beta1, float beta2,
                    float eps, float decay)
{
    for (std::ptrdiff_t i = 0; i < n; ++i) {
        const float g = g0[i] + g1[i];
        const float mi = beta1 * m[i] + (1.0f - beta1) * g;
        const float vi = beta2 * v[i] + (1.0f - beta2) * g * g;
        m[i] = mi;
        v[i] = vi;
        param[i] -= learningRate * mi / (std::sqrt(vi) + eps) + decay * param[i];
    }
}

EDGEFRONT_CLONES
void accumulate(float *__restrict out, const float *__restrict in, std::ptrdiff_t n)
{
    for (std::ptrdiff_t i = 0; i < n; ++i)
        out[i] += in[i];
}

} // namespace edgefront::kernels
