// The strict and raising primitives (Note [Primitive kinds] in
// bytecode/primops.h): arguments arrive evaluated, results are new values.
#include <clocale>
#include <cmath>
#include <cstring>
#include <cwctype>
#include <string>

#include "interp/machine.h"
#include "interp/show_float.h"

namespace interp {
namespace {

using bc::Prim;

int64_t I(Word w) { return intValue(asObj(w)); }
double D(Word w) { return doubleValue(asObj(w)); }
float F(Word w) { return floatValue(asObj(w)); }
char32_t C(Word w) { return charValue(asObj(w)); }
mpz_ptr Z(Word w) { return integerValue(asObj(w)); }


// An Integer as the nearest Double (GHC rounds to nearest, ties to even;
// mpz_get_d truncates).
double integerToDouble(mpz_srcptr z) {
  size_t bits = mpz_sizeinbase(z, 2);
  if (bits <= 53) return mpz_get_d(z);
  mpz_t a, q;
  mpz_init(a);
  mpz_init(q);
  mpz_abs(a, z);
  size_t shift = bits - 54;
  mpz_tdiv_q_2exp(q, a, shift);
  bool sticky = mpz_scan1(a, 0) < shift;
  uint64_t m = mpz_get_ui(q);  // 54 bits
  if ((m & 1) && (sticky || (m & 2))) m += 1;
  m >>= 1;
  double r = std::ldexp(static_cast<double>(m), static_cast<int>(shift + 1));
  mpz_clear(a);
  mpz_clear(q);
  return mpz_sgn(z) < 0 ? -r : r;
}

// GHC's Data.Char.GeneralCategory index for a code point: exact for
// Latin-1, from the C library's classification above it.
int generalCategory(char32_t c) {
  enum { Lu = 0, Ll = 1, Lo = 4, Nd = 8, No = 10, Pc = 11, Pd = 12, Ps = 13, Pe = 14, Pi = 15, Pf = 16,
         Po = 17, Sm = 18, Sc = 19, Sk = 20, So = 21, Zs = 22, Cc = 25, Cf = 26, Cn = 29 };
  if (c < 0x80) {
    if (c < 32 || c == 127) return Cc;
    if (c == ' ') return Zs;
    if (c >= '0' && c <= '9') return Nd;
    if (c >= 'A' && c <= 'Z') return Lu;
    if (c >= 'a' && c <= 'z') return Ll;
    switch (c) {
      case '$': return Sc;
      case '+': case '<': case '=': case '>': case '|': case '~': return Sm;
      case '^': case '`': return Sk;
      case '(': case '[': case '{': return Ps;
      case ')': case ']': case '}': return Pe;
      case '_': return Pc;
      case '-': return Pd;
      default: return Po;
    }
  }
  if (c < 0xA0) return Cc;
  if (c < 0x100) {
    static const signed char latin1[96] = {
        Zs, Po, Sc, Sc, Sc, Sc, So, Po, Sk, So, Lo, Pi, Sm, Cf, So, Sk,   // A0-AF
        So, Sm, No, No, Sk, Ll, Po, Po, Sk, No, Lo, Pf, No, No, No, Po,   // B0-BF
    };
    if (c < 0xC0) return latin1[c - 0xA0];
    if (c == 0xD7 || c == 0xF7) return Sm;
    return c < 0xDF ? Lu : Ll;
  }
  wint_t w = static_cast<wint_t>(c);
  if (std::iswupper(w)) return Lu;
  if (std::iswlower(w)) return Ll;
  if (std::iswalpha(w)) return Lo;
  if (std::iswdigit(w)) return Nd;
  if (std::iswspace(w)) return Zs;
  if (std::iswcntrl(w)) return Cc;
  if (std::iswpunct(w)) return Po;
  if (std::iswprint(w)) return So;
  return Cn;
}

bool isSpaceChar(char32_t c) {
  if (c <= 0x377) return c == 32 || (c >= 9 && c <= 13) || c == 0xA0;
  return generalCategory(c) == 22;
}

char32_t caseMap(char32_t c, bool upper) {
  if (c < 0x80) {
    if (upper && c >= 'a' && c <= 'z') return c - 32;
    if (!upper && c >= 'A' && c <= 'Z') return c + 32;
    return c;
  }
  if (c == 0xB5 || c == 0xFF) return upper && c == 0xFF ? 0x178 : (upper ? 0x39C : c);
  wint_t w = static_cast<wint_t>(c);
  return static_cast<char32_t>(upper ? std::towupper(w) : std::towlower(w));
}

template <class Fl>
Obj* decode(Runtime& rt, Fl x, int mantissaBits) {
  Obj* m = rt.mkInteger();
  if (x == 0 || !std::isfinite(x)) return rt.mkTuple2(m, rt.mkInt(0));
  int e;
  Fl f = std::frexp(x, &e);
  double scaled = std::ldexp(static_cast<double>(f), mantissaBits);
  mpz_set_d(integerValue(m), scaled);
  return rt.mkTuple2(m, rt.mkInt(e - mantissaBits));
}

}  // namespace

Obj* Machine::strictPrim(bc::Prim p, const Word* a) {
  Runtime& rt = rt_;
  switch (p) {
    case Prim::primIntAdd: return rt.mkInt(wrapAdd(I(a[0]), I(a[1])));
    case Prim::primIntSub: return rt.mkInt(wrapSub(I(a[0]), I(a[1])));
    case Prim::primIntMul: return rt.mkInt(wrapMul(I(a[0]), I(a[1])));
    case Prim::primIntQuot: {
      int64_t x = I(a[0]), y = I(a[1]);
      if (y == -1) return rt.mkInt(wrapSub(0, x));
      return rt.mkInt(x / y);
    }
    case Prim::primIntRem: {
      int64_t x = I(a[0]), y = I(a[1]);
      if (y == -1) return rt.mkInt(0);
      return rt.mkInt(x % y);
    }
    case Prim::primIntNegate: return rt.mkInt(wrapSub(0, I(a[0])));
    case Prim::primIntEq: return rt.mkBool(I(a[0]) == I(a[1]));
    case Prim::primIntLt: return rt.mkBool(I(a[0]) < I(a[1]));
    case Prim::primIntLe: return rt.mkBool(I(a[0]) <= I(a[1]));
    case Prim::primIntMinBound: return rt.mkInt(INT64_MIN);
    case Prim::primIntMaxBound: return rt.mkInt(INT64_MAX);
    case Prim::primShowInt: return rt.mkString(std::to_string(I(a[0])));

    case Prim::primIntegerAdd: { Obj* r = rt.mkInteger(); mpz_add(integerValue(r), Z(a[0]), Z(a[1])); return r; }
    case Prim::primIntegerSub: { Obj* r = rt.mkInteger(); mpz_sub(integerValue(r), Z(a[0]), Z(a[1])); return r; }
    case Prim::primIntegerMul: { Obj* r = rt.mkInteger(); mpz_mul(integerValue(r), Z(a[0]), Z(a[1])); return r; }
    case Prim::primIntegerNegate: { Obj* r = rt.mkInteger(); mpz_neg(integerValue(r), Z(a[0])); return r; }
    case Prim::primIntegerQuot: { Obj* r = rt.mkInteger(); mpz_tdiv_q(integerValue(r), Z(a[0]), Z(a[1])); return r; }
    case Prim::primIntegerRem: { Obj* r = rt.mkInteger(); mpz_tdiv_r(integerValue(r), Z(a[0]), Z(a[1])); return r; }
    case Prim::primIntegerDiv: { Obj* r = rt.mkInteger(); mpz_fdiv_q(integerValue(r), Z(a[0]), Z(a[1])); return r; }
    case Prim::primIntegerMod: { Obj* r = rt.mkInteger(); mpz_fdiv_r(integerValue(r), Z(a[0]), Z(a[1])); return r; }
    case Prim::primIntegerEq: return rt.mkBool(mpz_cmp(Z(a[0]), Z(a[1])) == 0);
    case Prim::primIntegerLt: return rt.mkBool(mpz_cmp(Z(a[0]), Z(a[1])) < 0);
    case Prim::primIntegerLe: return rt.mkBool(mpz_cmp(Z(a[0]), Z(a[1])) <= 0);
    case Prim::primShowInteger: {
      std::string s(mpz_sizeinbase(Z(a[0]), 10) + 2, '\0');
      mpz_get_str(s.data(), 10, Z(a[0]));
      s.resize(std::strlen(s.c_str()));
      return rt.mkString(s);
    }

    case Prim::primIntToInteger: { Obj* r = rt.mkInteger(); mpz_set_si(integerValue(r), I(a[0])); return r; }
    case Prim::primIntegerToInt: {
      mpz_ptr z = Z(a[0]);
      uint64_t v = mpz_size(z) ? mpz_getlimbn(z, 0) : 0;
      if (mpz_sgn(z) < 0) v = ~v + 1;
      return rt.mkInt(static_cast<int64_t>(v));
    }
    case Prim::primIntToDouble: return rt.mkDouble(static_cast<double>(I(a[0])));
    case Prim::primIntToFloat: return rt.mkFloat(static_cast<float>(I(a[0])));
    case Prim::primIntegerToDouble: return rt.mkDouble(integerToDouble(Z(a[0])));
    case Prim::primIntegerToFloat: return rt.mkFloat(static_cast<float>(integerToDouble(Z(a[0]))));
    case Prim::primDoubleToInteger: { Obj* r = rt.mkInteger(); mpz_set_d(integerValue(r), D(a[0])); return r; }
    case Prim::primFloatToInteger: { Obj* r = rt.mkInteger(); mpz_set_d(integerValue(r), F(a[0])); return r; }
    case Prim::primFloatToDouble: return rt.mkDouble(static_cast<double>(F(a[0])));
    case Prim::primDoubleToFloat: return rt.mkFloat(static_cast<float>(D(a[0])));

    case Prim::primDoubleAdd: return rt.mkDouble(D(a[0]) + D(a[1]));
    case Prim::primDoubleSub: return rt.mkDouble(D(a[0]) - D(a[1]));
    case Prim::primDoubleMul: return rt.mkDouble(D(a[0]) * D(a[1]));
    case Prim::primDoubleDiv: return rt.mkDouble(D(a[0]) / D(a[1]));
    case Prim::primDoubleNegate: return rt.mkDouble(-D(a[0]));
    case Prim::primDoubleAbs: return rt.mkDouble(std::fabs(D(a[0])));
    case Prim::primDoubleEq: return rt.mkBool(D(a[0]) == D(a[1]));
    case Prim::primDoubleLt: return rt.mkBool(D(a[0]) < D(a[1]));
    case Prim::primDoubleLe: return rt.mkBool(D(a[0]) <= D(a[1]));
    case Prim::primDoubleExp: return rt.mkDouble(std::exp(D(a[0])));
    case Prim::primDoubleLog: return rt.mkDouble(std::log(D(a[0])));
    case Prim::primDoubleSqrt: return rt.mkDouble(std::sqrt(D(a[0])));
    case Prim::primDoubleSin: return rt.mkDouble(std::sin(D(a[0])));
    case Prim::primDoubleCos: return rt.mkDouble(std::cos(D(a[0])));
    case Prim::primDoubleTan: return rt.mkDouble(std::tan(D(a[0])));
    case Prim::primDoubleAsin: return rt.mkDouble(std::asin(D(a[0])));
    case Prim::primDoubleAcos: return rt.mkDouble(std::acos(D(a[0])));
    case Prim::primDoubleAtan: return rt.mkDouble(std::atan(D(a[0])));
    case Prim::primDoubleSinh: return rt.mkDouble(std::sinh(D(a[0])));
    case Prim::primDoubleCosh: return rt.mkDouble(std::cosh(D(a[0])));
    case Prim::primDoubleTanh: return rt.mkDouble(std::tanh(D(a[0])));
    case Prim::primDoubleAsinh: return rt.mkDouble(std::asinh(D(a[0])));
    case Prim::primDoubleAcosh: return rt.mkDouble(std::acosh(D(a[0])));
    case Prim::primDoubleAtanh: return rt.mkDouble(std::atanh(D(a[0])));
    case Prim::primDoublePow: return rt.mkDouble(std::pow(D(a[0]), D(a[1])));
    case Prim::primDoubleDecode: return decode(rt, D(a[0]), 53);
    case Prim::primDoubleEncode: return rt.mkDouble(std::ldexp(integerToDouble(Z(a[0])), static_cast<int>(I(a[1]))));
    case Prim::primDoubleIsNaN: return rt.mkBool(std::isnan(D(a[0])));
    case Prim::primDoubleIsInfinite: return rt.mkBool(std::isinf(D(a[0])));
    case Prim::primDoubleIsNegativeZero: return rt.mkBool(D(a[0]) == 0 && std::signbit(D(a[0])));
    case Prim::primDoubleIsDenormalized: return rt.mkBool(std::fpclassify(D(a[0])) == FP_SUBNORMAL);
    case Prim::primShowDouble: return rt.mkString(showDouble(D(a[0])));

    case Prim::primFloatAdd: return rt.mkFloat(F(a[0]) + F(a[1]));
    case Prim::primFloatSub: return rt.mkFloat(F(a[0]) - F(a[1]));
    case Prim::primFloatMul: return rt.mkFloat(F(a[0]) * F(a[1]));
    case Prim::primFloatDiv: return rt.mkFloat(F(a[0]) / F(a[1]));
    case Prim::primFloatNegate: return rt.mkFloat(-F(a[0]));
    case Prim::primFloatAbs: return rt.mkFloat(std::fabs(F(a[0])));
    case Prim::primFloatEq: return rt.mkBool(F(a[0]) == F(a[1]));
    case Prim::primFloatLt: return rt.mkBool(F(a[0]) < F(a[1]));
    case Prim::primFloatLe: return rt.mkBool(F(a[0]) <= F(a[1]));
    case Prim::primFloatExp: return rt.mkFloat(std::exp(F(a[0])));
    case Prim::primFloatLog: return rt.mkFloat(std::log(F(a[0])));
    case Prim::primFloatSqrt: return rt.mkFloat(std::sqrt(F(a[0])));
    case Prim::primFloatSin: return rt.mkFloat(std::sin(F(a[0])));
    case Prim::primFloatCos: return rt.mkFloat(std::cos(F(a[0])));
    case Prim::primFloatTan: return rt.mkFloat(std::tan(F(a[0])));
    case Prim::primFloatAsin: return rt.mkFloat(std::asin(F(a[0])));
    case Prim::primFloatAcos: return rt.mkFloat(std::acos(F(a[0])));
    case Prim::primFloatAtan: return rt.mkFloat(std::atan(F(a[0])));
    case Prim::primFloatSinh: return rt.mkFloat(std::sinh(F(a[0])));
    case Prim::primFloatCosh: return rt.mkFloat(std::cosh(F(a[0])));
    case Prim::primFloatTanh: return rt.mkFloat(std::tanh(F(a[0])));
    case Prim::primFloatAsinh: return rt.mkFloat(std::asinh(F(a[0])));
    case Prim::primFloatAcosh: return rt.mkFloat(std::acosh(F(a[0])));
    case Prim::primFloatAtanh: return rt.mkFloat(std::atanh(F(a[0])));
    case Prim::primFloatPow: return rt.mkFloat(std::pow(F(a[0]), F(a[1])));
    case Prim::primFloatDecode: return decode(rt, F(a[0]), 24);
    case Prim::primFloatEncode:
      return rt.mkFloat(static_cast<float>(std::ldexp(integerToDouble(Z(a[0])), static_cast<int>(I(a[1])))));
    case Prim::primFloatIsNaN: return rt.mkBool(std::isnan(F(a[0])));
    case Prim::primFloatIsInfinite: return rt.mkBool(std::isinf(F(a[0])));
    case Prim::primFloatIsNegativeZero: return rt.mkBool(F(a[0]) == 0 && std::signbit(F(a[0])));
    case Prim::primFloatIsDenormalized: return rt.mkBool(std::fpclassify(F(a[0])) == FP_SUBNORMAL);
    case Prim::primShowFloat: return rt.mkString(showFloat(F(a[0])));

    case Prim::primCharToInt: return rt.mkInt(static_cast<int64_t>(C(a[0])));
    case Prim::primIntToChar: return rt.mkChar(static_cast<char32_t>(I(a[0])));
    case Prim::primCharIsUpper: { int g = generalCategory(C(a[0])); return rt.mkBool(g == 0 || g == 2); }
    case Prim::primCharIsLower: return rt.mkBool(generalCategory(C(a[0])) == 1);
    case Prim::primCharIsAlpha: return rt.mkBool(generalCategory(C(a[0])) <= 4);
    case Prim::primCharIsAlphaNum: {
      int g = generalCategory(C(a[0]));
      return rt.mkBool(g <= 4 || (g >= 8 && g <= 10));
    }
    case Prim::primCharIsSpace: return rt.mkBool(isSpaceChar(C(a[0])));
    case Prim::primCharIsPrint: return rt.mkBool(generalCategory(C(a[0])) < 23);
    case Prim::primCharGeneralCategory: return rt.mkInt(generalCategory(C(a[0])));
    case Prim::primCharToUpper: return rt.mkChar(caseMap(C(a[0]), true));
    case Prim::primCharToLower: return rt.mkChar(caseMap(C(a[0]), false));
    case Prim::primCharToTitle: return rt.mkChar(caseMap(C(a[0]), true));

    case Prim::primUserError: return rt.mkIOError(0, asObj(a[0]), "");
    case Prim::primShowIOError: {
      Obj* e = asObj(a[0]);
      return rt.mkString(reinterpret_cast<const char*>(e->payload[2]));
    }
    case Prim::primIOErrorKind: return rt.mkInt(static_cast<int64_t>(asObj(a[0])->payload[0]));
    case Prim::primIOErrorString: {
      Obj* e = asObj(a[0]);
      if (e->payload[0] == 0 && e->payload[1]) return asObj(e->payload[1]);
      static const char* const kDescriptions[] = {
          "user error", "already exists", "does not exist", "resource busy", "resource exhausted",
          "end of file", "illegal operation", "permission denied", "resource vanished", "failed"};
      Word k = e->payload[0];
      return rt.mkString(kDescriptions[k < 10 ? k : 9]);
    }
    default: break;
  }
  raise(rt.mkException(ExcKind::ErrorNoTrace,
                       asWord(rt.mkString(std::string("internal error: ") + bc::primInfo(p).name +
                                          " is not a strict primitive"))));
}

Obj* Machine::raisePrim(bc::Prim p, const Word* a) {
  switch (p) {
    case Prim::primError: return rt_.mkException(ExcKind::ErrorCall, a[0], a[1]);
    case Prim::primErrorWithoutStackTrace: return rt_.mkException(ExcKind::ErrorNoTrace, a[0]);
    case Prim::primDivZero: return rt_.mkException(ExcKind::Arith, 0);
    case Prim::primOverflow: return rt_.mkException(ExcKind::Arith, 1);
    case Prim::primRatioZeroDenominator: return rt_.mkException(ExcKind::Arith, 2);
    default:
      return rt_.mkException(ExcKind::ErrorNoTrace,
                             asWord(rt_.mkString(std::string("internal error: ") + bc::primInfo(p).name +
                                                 " raises nothing")));
  }
}

}  // namespace interp
