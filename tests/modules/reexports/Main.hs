-- Re-exports: everything Main uses comes through Api, which re-exports
-- whole modules and single names from Core.Types and Core.Ops.
import Api

main :: IO ()
main = do
  let xs = [Item "pen" 3, Item "ink" 12, Item "pad" 7]
  print (total xs)
  print (cheapest xs)
  mapM_ (putStrLn . label) (expensive 5 xs)
  print (version, Item "x" 1 == Item "x" 1)
