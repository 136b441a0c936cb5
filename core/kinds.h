// Kinds, and kind inference for type declarations and kind checking of every
// type written in the program (report section 4.6). See Note [Kind inference].
#pragma once

#include <deque>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "core/ast.h"
#include "core/diagnostic.h"
#include "core/entity.h"
#include "core/iface_io.h"
#include "core/module_graph.h"

namespace core {

// Note [Kind inference]
// ~~~~~~~~~~~~~~~~~~~~~
// Haskell 98 kinds are * and k1 -> k2 (no polymorphism). A module's type
// constructors and classes get kinds with unknowns (metas) for their
// parameters; the bodies of its data, newtype, type and class declarations
// are then checked, solving the unknowns by unification; whatever is still
// unknown defaults to * (report 4.6). All declarations of a module are
// inferred together, which the report allows since the result is monomorphic.
// Then every type the program writes (signatures, annotations, instance
// heads, contexts) is checked against its expected kind: * for a type,
// "class parameter kind -> Constraint" for an assertion. Messages follow
// GHC's: "Expecting one more argument to ‘Maybe’", "Expected kind ‘* -> *’,
// but ‘Int’ has kind ‘*’".

struct Kind {
  enum class Tag { Star, Arrow, Meta } tag = Tag::Star;
  const Kind* from = nullptr;       // Arrow
  const Kind* to = nullptr;         // Arrow
  mutable const Kind* solution = nullptr;  // Meta, once solved
};

class KindArena {
 public:
  const Kind* star() const { return &star_; }
  const Kind* arrow(const Kind* a, const Kind* b);
  const Kind* meta();
  // Follows solved metas.
  static const Kind* zonk(const Kind* k);
  // Solves metas so that a and b are equal; false if they cannot be.
  bool unify(const Kind* a, const Kind* b);
  // GHC's rendering: *, * -> *, (* -> *) -> *; unsolved metas as *.
  static std::string render(const Kind* k);
  // Replaces every unsolved meta inside k by *.
  void defaultToStar(const Kind* k);

 private:
  bool occurs(const Kind* meta, const Kind* k);
  Kind star_;
  std::deque<Kind> kinds_;
};

class KindChecker {
 public:
  explicit KindChecker(KindArena& arena);

  // Checks every module of the graph in dependency order; false (with the
  // errors reported) if any type is ill-kinded.
  bool checkProgram(ModuleGraph& graph, DiagnosticSink& sink);
  bool checkModule(Module& m, DiagnosticSink& sink);

  // The kind of a type constructor or class parameter (class: its parameter's kind).
  const Kind* kindOf(const Entity* e) const;
  // The kinds of `defined`'s type constructors and classes, in an interface.
  void writeInterface(const std::vector<const Entity*>& defined, IfaceWriter& w) const;
  bool readInterface(IfaceReader& r);

 private:
  KindArena& K;
  absl::flat_hash_map<const Entity*, const Kind*> kinds_;
};

}  // namespace core
