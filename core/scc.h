// Strongly connected components of a directed graph (Tarjan's algorithm,
// with an explicit stack so long dependency chains cannot overflow the C++
// stack). Used for binding groups by the type checker (report 4.5.1) and the
// desugarer (let / letrec).
#pragma once

#include <cstddef>
#include <vector>

namespace core {

// `edges[v]` lists the vertices v depends on. Components come out
// dependencies first.
std::vector<std::vector<size_t>> stronglyConnected(const std::vector<std::vector<size_t>>& edges);

}  // namespace core
