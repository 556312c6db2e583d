#include "pythonrandom.h"

#include <bit>

namespace edgefront {

// Constants and seeding from Matsumoto & Nishimura's mt19937ar.c, as used by CPython's
// Modules/_randommodule.c.
namespace {
constexpr int M = 397;
constexpr quint32 kMatrixA = 0x9908b0dfU;
constexpr quint32 kUpperMask = 0x80000000U;
constexpr quint32 kLowerMask = 0x7fffffffU;
} // namespace

PythonRandom::PythonRandom(quint64 seed)
{
    // random_seed(): the absolute value of the int, as 32-bit words, least significant first.
    std::vector<quint32> key;
    do {
        key.push_back(quint32(seed & 0xffffffffU));
        seed >>= 32;
    } while (seed != 0);
    initByArray(key);
}

void PythonRandom::initGenrand(quint32 s)
{
    m_mt[0] = s;
    for (int i = 1; i < N; ++i)
        m_mt[size_t(i)] = 1812433253U * (m_mt[size_t(i - 1)] ^ (m_mt[size_t(i - 1)] >> 30)) + quint32(i);
    m_index = N;
}

void PythonRandom::initByArray(const std::vector<quint32> &key)
{
    initGenrand(19650218U);
    int i = 1;
    size_t j = 0;
    for (size_t k = std::max<size_t>(N, key.size()); k > 0; --k) {
        m_mt[size_t(i)] = (m_mt[size_t(i)] ^ ((m_mt[size_t(i - 1)] ^ (m_mt[size_t(i - 1)] >> 30)) * 1664525U))
                          + key[j] + quint32(j);
        ++i;
        ++j;
        if (i >= N) {
            m_mt[0] = m_mt[N - 1];
            i = 1;
        }
        if (j >= key.size())
            j = 0;
    }
    for (int k = N - 1; k > 0; --k) {
        m_mt[size_t(i)] = (m_mt[size_t(i)] ^ ((m_mt[size_t(i - 1)] ^ (m_mt[size_t(i - 1)] >> 30)) * 1566083941U))
                          - quint32(i);
        ++i;
        if (i >= N) {
            m_mt[0] = m_mt[N - 1];
            i = 1;
        }
    }
    m_mt[0] = 0x80000000U;
    m_index = N;
}

quint32 PythonRandom::nextUInt32()
{
    if (m_index >= N) {
        int kk = 0;
        for (; kk < N - M; ++kk) {
            const quint32 y = (m_mt[size_t(kk)] & kUpperMask) | (m_mt[size_t(kk + 1)] & kLowerMask);
            m_mt[size_t(kk)] = m_mt[size_t(kk + M)] ^ (y >> 1) ^ ((y & 1U) ? kMatrixA : 0U);
        }
        for (; kk < N - 1; ++kk) {
            const quint32 y = (m_mt[size_t(kk)] & kUpperMask) | (m_mt[size_t(kk + 1)] & kLowerMask);
            m_mt[size_t(kk)] = m_mt[size_t(kk + (M - N))] ^ (y >> 1) ^ ((y & 1U) ? kMatrixA : 0U);
        }
        const quint32 y = (m_mt[N - 1] & kUpperMask) | (m_mt[0] & kLowerMask);
        m_mt[N - 1] = m_mt[M - 1] ^ (y >> 1) ^ ((y & 1U) ? kMatrixA : 0U);
        m_index = 0;
    }
    quint32 y = m_mt[size_t(m_index++)];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

quint32 PythonRandom::getRandBits(int k)
{
    return nextUInt32() >> (32 - k);
}

quint32 PythonRandom::randBelow(quint32 n)
{
    const int k = std::bit_width(n); // n.bit_length()
    quint32 r = getRandBits(k);
    while (r >= n)
        r = getRandBits(k);
    return r;
}

} // namespace edgefront
