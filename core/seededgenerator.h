#pragma once
// A QRandomGenerator seeded with all 64 bits of a user-facing seed (--seed N, run seeds),
// so that every command and run turns the same seed into the same stream.

#include <QRandomGenerator>

namespace edgefront {

inline QRandomGenerator seededGenerator(quint64 seed)
{
    const quint32 words[2] = {quint32(seed & 0xffffffffU), quint32(seed >> 32)};
    return QRandomGenerator(words, 2);
}

} // namespace edgefront
