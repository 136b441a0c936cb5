#include <catch2/catch.hpp>

#include "../test_util.h"

using lztest::layoutTokens;

TEST_CASE("layout: implicit blocks, semicolons and closing", "[core][layout]") {
  CHECK(layoutTokens("f = 1\ng = 2\n") == "{* f = 1 ;* g = 2 }*");
  CHECK(layoutTokens("module M where\nf = 1\n") == "module M where {* f = 1 }*");
  CHECK(layoutTokens("f = x\n  where x = 1\n        y = 2\ng = 3") ==
        "{* f = x where {* x = 1 ;* y = 2 }* ;* g = 3 }*");
  CHECK(layoutTokens("f = do\n  a\n  b\n") == "{* f = do {* a ;* b }* }*");
}

TEST_CASE("layout: explicit braces push a zero context", "[core][layout]") {
  CHECK(layoutTokens("f = let { a = 1;\n b = 2 } in a") == "{* f = let { a = 1 ; b = 2 } in a }*");
  CHECK(layoutTokens("{ f = 1\n; g = 2 }") == "{ f = 1 ; g = 2 }");
}

TEST_CASE("layout: an empty block when the next token is not indented", "[core][layout]") {
  // `where` followed by a token at the enclosing column: {} then ;.
  CHECK(layoutTokens("f = x where\ng = 1") == "{* f = x where {* }* ;* g = 1 }*");
}

TEST_CASE("layout: do blocks may open at the enclosing column", "[core][layout]") {
  // Note [Nondecreasing indentation]
  CHECK(layoutTokens("f = do\n  a\n  g $ do\n  b\n") ==
        "{* f = do {* a ;* g $ do {* b }* }* }*");
}

TEST_CASE("layout: parse-error(t) closes implicit blocks", "[core][layout]") {
  // These only parse because the parser closes the implicit block at t.
  CHECK(lztest::parse("f = let x = 1 in x").rfind("error", 0) != 0);
  CHECK(lztest::parse("f = (case x of Just y -> y)").rfind("error", 0) != 0);
  CHECK(lztest::parse("f = [y | let y = 1, odd y]").rfind("error", 0) != 0);
  CHECK(lztest::parse("f x = case x of\n  1 -> 2\n where y = 3").rfind("error", 0) != 0);
  CHECK(lztest::parse("f = let g x | x > 0 = 1\n          | otherwise = 2 in g").rfind("error", 0) != 0);
  CHECK(lztest::parse("main = do\n  print 1\n  where x = 1").rfind("error", 0) != 0);
  CHECK(lztest::parse("f = (do a; b)").rfind("error", 0) != 0);
  CHECK(lztest::parse("f = [case x of A -> 1, 2]").rfind("error", 0) != 0);
}

TEST_CASE("layout: if/then/else at the statement column inside do", "[core][layout]") {
  std::string src = "main = do\n  if c\n  then a\n  else b\n";
  CHECK(lztest::parse(src).find("If  (2,3)-(4,8)") != std::string::npos);
}

TEST_CASE("layout: bad indentation is an error at the offending token", "[core][layout]") {
  CHECK(lztest::parse("f = x\n  where\n    a = 1\n   b = 2\n") ==
        "error: 4:4 parse error on input \u2018b\u2019");
  CHECK(lztest::parse("f = (1\n") ==
        "error: 2:1 parse error (possibly incorrect indentation or mismatched brackets)");
}
