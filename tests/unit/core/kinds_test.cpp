#include <catch2/catch.hpp>

#include "core/kinds.h"

TEST_CASE("kinds unify, render as GHC does and default to *", "[core][kinds]") {
  core::KindArena K;
  const core::Kind* star = K.star();
  const core::Kind* m = K.meta();
  const core::Kind* f = K.arrow(m, star);       // ?m -> *
  CHECK(core::KindArena::render(f) == "* -> *");  // unsolved shows as *
  CHECK(K.unify(f, K.arrow(K.arrow(star, star), star)));
  CHECK(core::KindArena::render(f) == "(* -> *) -> *");
  CHECK_FALSE(K.unify(f, star));
  const core::Kind* n = K.meta();
  CHECK_FALSE(K.unify(n, K.arrow(n, star)));      // occurs check
  const core::Kind* p = K.meta();
  const core::Kind* q = K.arrow(p, K.meta());
  K.defaultToStar(q);
  CHECK(core::KindArena::render(q) == "* -> *");
  CHECK(core::KindArena::zonk(p) == star);
}
