// Hostile inputs in-process (the same inputs go through the tool in
// tests/robustness.sh): errors, never crashes or hangs.
#include <catch2/catch.hpp>

#include "../test_util.h"

TEST_CASE("deep nesting is an error, not a stack overflow", "[core][robustness]") {
  std::string open(100000, '(');
  CHECK(lztest::parse("x = " + open).find("error: 1:") == 0);
  std::string balanced = "x = " + std::string(100000, '(') + "1" + std::string(100000, ')');
  CHECK(lztest::parse(balanced).find("input nested too deeply") != std::string::npos);
  std::string lets;
  for (int i = 0; i < 5000; ++i) lets += "let y = 1 in ";
  CHECK(lztest::parse("x = " + lets + "y").find("input nested too deeply") != std::string::npos);
  std::string types = "f :: " + std::string(50000, '[') + "a";
  CHECK(lztest::parse(types).find("error: 1:") == 0);
}

TEST_CASE("long operator chains are resolved without recursion", "[core][robustness]") {
  std::string chain = "x = 1";
  for (int i = 0; i < 200000; ++i) chain += " + 1";
  CHECK(lztest::parse(chain).find("expression nested too deeply") != std::string::npos);
  std::string ok = "x = 1";
  for (int i = 0; i < 1000; ++i) ok += " : 1";
  CHECK(lztest::parse(ok + " : []").find("error") == std::string::npos);
}

TEST_CASE("binary garbage gives a lexical error", "[core][robustness]") {
  std::string bin;
  for (int i = 0; i < 4096; ++i) bin += static_cast<char>((i * 7919) & 0xff);
  CHECK(lztest::parse(bin).rfind("error:", 0) == 0);
  CHECK(lztest::parse(std::string("x = \"\xff\"")).rfind("error: 1:6", 0) == 0);
}
