#pragma once
// Padded axis ranges for the scatter charts: linear ranges with 4 % padding, and log ranges
// that always show at least two labelled ticks (base 10 when the padded range holds two powers
// of 10, else base 2, snapped outward to powers of 2 when even that holds fewer than two).

namespace edgefront {

struct AxisRange
{
    double lo = 0.0;
    double hi = 1.0;
    double base = 10.0; // log axes
};

// Around [lo, hi] (lo > 0); non-positive input gives [1, 10].
AxisRange logAxisRange(double lo, double hi);
// Around [lo, hi]; non-finite input gives [0, 1], an empty range is widened.
AxisRange linearAxisRange(double lo, double hi);

} // namespace edgefront
