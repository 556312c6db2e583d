#pragma once
// One point of a design space: the chosen option index for every decision, in the order of
// DesignSpace::decisions(). Meaningful only together with its space.

#include <QtGlobal>

#include <vector>

namespace edgefront {

struct Architecture
{
    std::vector<quint8> choices;

    int size() const { return int(choices.size()); }
    quint8 operator[](int decision) const { return choices[size_t(decision)]; }
    quint8 &operator[](int decision) { return choices[size_t(decision)]; }
    friend bool operator==(const Architecture &, const Architecture &) = default;
};

} // namespace edgefront
