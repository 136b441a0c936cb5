#include "core/scc.h"

#include <algorithm>
#include <utility>

namespace core {

std::vector<std::vector<size_t>> stronglyConnected(const std::vector<std::vector<size_t>>& g) {
  size_t n = g.size(), counter = 0;
  std::vector<int> index(n, -1), low(n, 0);
  std::vector<bool> onStack(n, false);
  std::vector<size_t> stack;
  std::vector<std::vector<size_t>> out;
  // Iterative DFS to bound C++ stack use on long dependency chains.
  for (size_t root = 0; root < n; ++root) {
    if (index[root] != -1) continue;
    std::vector<std::pair<size_t, size_t>> work{{root, 0}};
    while (!work.empty()) {
      auto& [v, next] = work.back();
      if (next == 0 && index[v] == -1) {
        index[v] = low[v] = static_cast<int>(counter++);
        stack.push_back(v);
        onStack[v] = true;
      }
      if (next < g[v].size()) {
        size_t w = g[v][next++];
        if (index[w] == -1) {
          work.push_back({w, 0});
        } else if (onStack[w]) {
          low[v] = std::min(low[v], index[w]);
        }
        continue;
      }
      if (low[v] == index[v]) {
        std::vector<size_t> comp;
        size_t w;
        do {
          w = stack.back();
          stack.pop_back();
          onStack[w] = false;
          comp.push_back(w);
        } while (w != v);
        out.push_back(std::move(comp));
      }
      size_t done = v;
      work.pop_back();
      if (!work.empty()) low[work.back().first] = std::min(low[work.back().first], low[done]);
    }
  }
  return out;
}

}  // namespace core
