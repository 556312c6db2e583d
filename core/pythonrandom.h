#pragma once
// CPython's `random` module generator (MT19937 seeded with init_by_array, as random.seed(int)
// does), with getrandbits and shuffle, bit-for-bit. Needed to derive published orders that
// were made with Python's random.shuffle, such as NAS-Bench-201's official architecture
// index (random.seed(88); random.shuffle(archs)).

#include <QtGlobal>

#include <array>
#include <utility>
#include <vector>

namespace edgefront {

class PythonRandom
{
public:
    // random.seed(seed) for a non-negative integer seed below 2^64.
    explicit PythonRandom(quint64 seed);

    quint32 nextUInt32();
    // random.getrandbits(k) for 1 <= k <= 32.
    quint32 getRandBits(int k);
    // random._randbelow(n) (the getrandbits rejection method), n >= 1.
    quint32 randBelow(quint32 n);

    // random.shuffle(x): Fisher-Yates from the end.
    template<typename T>
    void shuffle(std::vector<T> &items)
    {
        for (size_t i = items.size() - 1; i >= 1; --i) {
            const size_t j = randBelow(quint32(i + 1));
            std::swap(items[i], items[j]);
        }
    }

private:
    void initGenrand(quint32 s);
    void initByArray(const std::vector<quint32> &key);

    static constexpr int N = 624;
    std::array<quint32, N> m_mt{};
    int m_index = N + 1;
};

} // namespace edgefront
