#include <catch2/catch.hpp>

#include "core/types.h"

namespace {

struct World {
  core::EntityTable E;
  absl::flat_hash_map<std::string, const core::Entity*> builtins;
  core::Entity* intT;
  core::Entity* boolT;
  core::Entity* maybeT;
  core::Entity* numC;
  core::Entity* showC;
  World() {
    for (const char* n : {"->", "[]", "()", "(,)", "(,,)"})
      builtins[n] = E.make(core::EntityKind::TyCon, "Lazuli.Prim", n, {});
    intT = E.make(core::EntityKind::TyCon, "Lazuli.Prim", "Int", {});
    boolT = E.make(core::EntityKind::TyCon, "Lazuli.Prim", "Bool", {});
    maybeT = E.make(core::EntityKind::TyCon, "Prelude", "Maybe", {});
    numC = E.make(core::EntityKind::Class, "Prelude", "Num", {});
    showC = E.make(core::EntityKind::Class, "Prelude", "Show", {});
  }
};

}  // namespace

TEST_CASE("types render as GHC renders them", "[core][types]") {
  World w;
  core::TyArena T(w.builtins);
  const core::Ty* a = T.var("a");
  const core::Ty* b = T.var("b");
  const core::Ty* intTy = T.con(w.intT);
  // map :: (a -> b) -> [a] -> [b]
  CHECK(T.render(T.fun(T.fun(a, b), T.fun(T.list(a), T.list(b)))) == "(a -> b) -> [a] -> [b]");
  CHECK(T.render(T.app(T.con(w.maybeT), T.app(T.con(w.maybeT), intTy))) == "Maybe (Maybe Int)");
  CHECK(T.render(T.tuple({intTy, T.list(a)})) == "(Int, [a])");
  CHECK(T.render(T.app(T.con(w.maybeT), T.fun(a, b))) == "Maybe (a -> b)");
  CHECK(T.render(T.unit()) == "()");
  core::Scheme plus{{a}, {core::Pred{w.numC, a}}, T.fun(a, T.fun(a, a))};
  CHECK(T.render(plus) == "Num a => a -> a -> a");
  core::Scheme two{{a}, {core::Pred{w.numC, a}, core::Pred{w.showC, a}}, T.fun(a, T.list(a))};
  CHECK(T.render(two) == "(Num a, Show a) => a -> [a]");
}

TEST_CASE("unification solves metas and reports the innermost mismatch", "[core][types]") {
  World w;
  core::TyArena T(w.builtins);
  const core::Ty* intTy = T.con(w.intT);
  const core::Ty* boolTy = T.con(w.boolT);
  const core::Ty* m = T.meta(1);
  CHECK(T.unify(T.fun(m, m), T.fun(intTy, intTy)));
  CHECK(core::TyArena::zonk(m) == intTy);
  core::TyArena::Mismatch why;
  CHECK_FALSE(T.unify(T.list(intTy), T.list(boolTy), &why));
  CHECK(T.render(why.expected) == "Int");
  CHECK(T.render(why.actual) == "Bool");
  const core::Ty* n = T.meta(1);
  CHECK_FALSE(T.unify(n, T.list(n), &why));  // occurs check
  CHECK(why.occurs);
}

TEST_CASE("instantiation gives fresh metas and the context", "[core][types]") {
  World w;
  core::TyArena T(w.builtins);
  const core::Ty* a = T.var("a");
  core::Scheme s{{a}, {core::Pred{w.numC, a}}, T.fun(a, a)};
  std::vector<core::Pred> preds;
  const core::Ty* t1 = T.instantiate(s, 1, &preds);
  const core::Ty* t2 = T.instantiate(s, 1, &preds);
  REQUIRE(preds.size() == 2);
  CHECK(T.unify(t1, T.fun(T.con(w.intT), T.con(w.intT))));
  CHECK(T.render(preds[0].type) == "Int");
  CHECK(core::TyArena::zonk(preds[1].type)->tag == core::Ty::Tag::Meta);  // t2 untouched
  (void)t2;
}
