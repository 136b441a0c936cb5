// Note [Showing floating point]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// GHC's showFloat is formatRealFloat FFGeneric Nothing over floatToDigits:
// the shortest digit string d1 d2 ... dn with 0.d1...dn * 10^e == x when
// read back. std::to_chars in its shortest form produces the same digits.
// The layout: fixed notation when 0 <= e <= 7 (so 0.1 <= |x| < 10^7),
// otherwise d1.d2...dn e(e-1), with ".0" when there is a single digit.
#include "interp/show_float.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace interp {
namespace {

template <class F>
std::string show(F x) {
  if (std::isnan(x)) return "NaN";
  if (std::isinf(x)) return x < 0 ? "-Infinity" : "Infinity";
  std::string sign = std::signbit(x) ? "-" : "";
  x = std::fabs(x);
  if (x == 0) return sign + "0.0";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  std::string s(buf, res.ptr);
  // s is "d.ddde[+-]xx" or "de[+-]xx".
  size_t epos = s.find('e');
  std::string digits;
  for (size_t i = 0; i < epos; ++i)
    if (s[i] != '.') digits += s[i];
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int e = std::atoi(s.c_str() + epos + 1) + 1;  // 0.d1d2... * 10^e
  std::string out;
  if (e < 0 || e > 7) {
    out = digits.substr(0, 1) + "." + (digits.size() > 1 ? digits.substr(1) : "0") + "e" + std::to_string(e - 1);
  } else if (e == 0) {
    out = "0." + digits;
  } else {
    std::string intPart, frac;
    if (static_cast<int>(digits.size()) <= e) {
      intPart = digits + std::string(static_cast<size_t>(e) - digits.size(), '0');
      frac = "0";
    } else {
      intPart = digits.substr(0, static_cast<size_t>(e));
      frac = digits.substr(static_cast<size_t>(e));
    }
    out = intPart + "." + frac;
  }
  return sign + out;
}

}  // namespace

std::string showDouble(double d) { return show(d); }
std::string showFloat(float f) { return show(f); }

}  // namespace interp
