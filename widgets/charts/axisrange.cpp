#include "axisrange.h"

#include <algorithm>
#include <cmath>

namespace edgefront {

AxisRange logAxisRange(double lo, double hi)
{
    AxisRange r;
    if (!(lo > 0) || !(hi > 0)) {
        r.lo = 1.0;
        r.hi = 10.0;
        return r;
    }
    if (hi <= lo) {
        lo /= 2;
        hi *= 2;
    }
    const double pad = std::pow(hi / lo, 0.04);
    r.lo = lo / pad;
    r.hi = hi * pad;
    auto ticks = [&r](double base) {
        const double lb = std::log(base);
        return std::floor(std::log(r.hi) / lb + 1e-9) - std::ceil(std::log(r.lo) / lb - 1e-9) + 1;
    };
    r.base = ticks(10.0) >= 2 ? 10.0 : 2.0;
    if (ticks(r.base) < 2) {
        const double lb = std::log(r.base);
        r.lo = std::pow(r.base, std::floor(std::log(r.lo) / lb + 1e-9));
        r.hi = std::pow(r.base, std::ceil(std::log(r.hi) / lb - 1e-9));
        if (r.hi <= r.lo)
            r.hi = r.lo * r.base;
    }
    return r;
}

AxisRange linearAxisRange(double lo, double hi)
{
    AxisRange r;
    if (!std::isfinite(lo) || !std::isfinite(hi))
        return r;
    if (hi <= lo) {
        const double d = std::max(std::abs(lo) * 0.1, 1.0);
        lo -= d;
        hi += d;
    }
    const double pad = (hi - lo) * 0.04;
    r.lo = lo - pad;
    r.hi = hi + pad;
    return r;
}

} // namespace edgefront
