// GHC's `show` for Double and Float: the shortest digits that read back to
// the same number, in GHC's layout ("0.1", "1.0e-2", "1.2345678e7",
// "Infinity", "NaN").
#pragma once

#include <string>

namespace interp {

std::string showDouble(double d);
std::string showFloat(float f);

}  // namespace interp
