#include "core/utf8.h"

namespace core {

namespace {
char32_t decode(std::string_view s, size_t& i, bool surrogates) {
  unsigned char b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) { ++i; return b0; }
  int len;
  char32_t c;
  if ((b0 & 0xE0) == 0xC0) { len = 2; c = b0 & 0x1F; }
  else if ((b0 & 0xF0) == 0xE0) { len = 3; c = b0 & 0x0F; }
  else if ((b0 & 0xF8) == 0xF0) { len = 4; c = b0 & 0x07; }
  else { ++i; return kBadUtf8; }
  if (i + len > s.size()) { ++i; return kBadUtf8; }
  for (int k = 1; k < len; ++k) {
    unsigned char b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) { ++i; return kBadUtf8; }
    c = (c << 6) | (b & 0x3F);
  }
  static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (c < kMin[len] || c > 0x10FFFF || (!surrogates && c >= 0xD800 && c <= 0xDFFF)) { ++i; return kBadUtf8; }
  i += len;
  return c;
}
}  // namespace

char32_t decodeUtf8(std::string_view s, size_t& i) { return decode(s, i, false); }

char32_t decodeUtf8OrByte(std::string_view s, size_t& i) {
  size_t at = i;
  char32_t c = decode(s, i, true);
  return c == kBadUtf8 ? static_cast<unsigned char>(s[at]) : c;
}

void appendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace core
