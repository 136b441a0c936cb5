// Entities: what names refer to once the renamer has resolved them.
//
// Every binder of a program (top-level value, constructor, field, class
// method, type constructor, class, local variable, type variable) is one
// Entity; every occurrence's Name::ref points at it. Entities live in an
// EntityTable for the whole program and never move.
#pragma once

#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "core/fixity.h"
#include "core/source_span.h"

namespace core {

enum class EntityKind {
  Var,      // top-level value
  Con,      // data constructor
  Field,    // record field selector
  Method,   // class method
  TyCon,    // data type, newtype or type synonym
  Class,    // type class
  Local,    // variable bound by a pattern, let or where
  TyVar,    // type variable
  Prim,     // primitive operation of Lazuli.Prim
};

// Values (variables, constructors, fields, methods) and types (type
// constructors, classes) are separate namespaces, as in the report.
enum class Namespace { Value, Type };

inline Namespace namespaceOf(EntityKind k) {
  return k == EntityKind::TyCon || k == EntityKind::Class || k == EntityKind::TyVar
             ? Namespace::Type : Namespace::Value;
}

struct Entity {
  EntityKind kind = EntityKind::Var;
  std::string module;             // defining module; empty for locals and type variables
  std::string name;               // unqualified
  SrcSpan defined;                // the binding occurrence
  uint32_t id = 0;                // unique in the program
  const Entity* parent = nullptr; // Con/Field: its type; Method: its class
  std::vector<const Entity*> children;  // TyCon: constructors then fields; Class: methods
  std::optional<Fixity> fixity;   // declared fixity, if any
  bool isSym() const;             // an operator symbol
  std::string qualified() const { return module.empty() ? name : module + "." + name; }
};

class EntityTable {
 public:
  Entity* make(EntityKind kind, std::string module, std::string name, SrcSpan defined) {
    Entity& e = entities_.emplace_back();
    e.kind = kind;
    e.module = std::move(module);
    e.name = std::move(name);
    e.defined = defined;
    e.id = static_cast<uint32_t>(entities_.size());
    return &e;
  }
  size_t size() const { return entities_.size(); }

 private:
  std::deque<Entity> entities_;
};

}  // namespace core
