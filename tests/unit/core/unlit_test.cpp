#include <catch2/catch.hpp>

#include "core/unlit.h"

TEST_CASE("unlit: bird tracks become spaces, comments become blank lines", "[core][unlit]") {
  std::string out;
  CHECK_FALSE(core::unlit("Comment\n\n> x = 1\n>   y\n\nMore\n", out).has_value());
  CHECK(out == "\n\n  x = 1\n    y\n\n\n");
}

TEST_CASE("unlit: LaTeX code blocks", "[core][unlit]") {
  std::string out;
  CHECK_FALSE(core::unlit("Text\n\\begin{code}\nx = 1\n\\end{code}\nText > not code\n", out).has_value());
  CHECK(out == "\n\nx = 1\n\n\n");
}

TEST_CASE("unlit: a program line next to a comment is an error", "[core][unlit]") {
  std::string out;
  auto err = core::unlit("Comment\n> x = 1\n", out);
  REQUIRE(err.has_value());
  CHECK(err->where.line == 2);
  auto err2 = core::unlit("\n> x = 1\nComment\n", out);
  REQUIRE(err2.has_value());
  CHECK(err2->where.line == 2);
}
