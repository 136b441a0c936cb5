// UTF-8 decoding and encoding for the lexer and diagnostics.
#pragma once

#include <string>
#include <string_view>

namespace core {

// Returned by decodeUtf8 for a malformed sequence (overlong, surrogate,
// truncated, > U+10FFFF or a stray continuation byte). Not a valid code point.
inline constexpr char32_t kBadUtf8 = 0xFFFFFFFF;

// Decodes the code point at s[i] and advances i past it (by one byte when the
// sequence is malformed). Precondition: i < s.size().
char32_t decodeUtf8(std::string_view s, size_t& i);

// For the runtime's strings: as decodeUtf8, but encoded surrogates are
// accepted (a Haskell Char may be one) and a malformed byte decodes as
// itself (Latin-1), so it never fails. Precondition: i < s.size().
char32_t decodeUtf8OrByte(std::string_view s, size_t& i);

// Appends the UTF-8 encoding of c (c <= 0x10FFFF) to out.
void appendUtf8(std::string& out, char32_t c);

}  // namespace core
