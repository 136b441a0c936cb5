module Main where

-- Records: construction with field names (any order), positional
-- construction, field selection, update (single/multiple fields),
-- pattern matching with record syntax, fields shared by constructors.

data Employee = Employee
  { name :: String
  , dept :: String
  , salary :: Int
  } deriving (Show, Eq)

data Shape
  = Circle { label :: String, radius :: Double }
  | Rect { label :: String, width :: Double, height :: Double }
  deriving Show

raise :: Int -> Employee -> Employee
raise pct e = e { salary = salary e + salary e * pct `div` 100 }

describe :: Employee -> String
describe Employee { name = n, dept = "R&D" } = n ++ " builds things"
describe Employee { name = n, salary = s } = n ++ " earns " ++ show s

isCircle :: Shape -> Bool
isCircle Circle {} = True
isCircle _ = False

main :: IO ()
main = do
  let alice = Employee { salary = 5000, name = "Alice", dept = "R&D" }
      bob = Employee "Bob" "Sales" 4000
  print alice
  print (name bob, dept bob, salary bob)
  print (raise 10 bob)
  print (alice { dept = "Ops", salary = 1 })
  putStrLn (describe alice)
  putStrLn (describe bob)
  print (alice == alice { name = "Alice" })
  let shapes = [Circle "c1" 1.5, Rect { label = "r1", width = 2, height = 3 }]
  print shapes
  print (map label shapes, map isCircle shapes)
  print ((head shapes) { label = "renamed" })
  print ((shapes !! 1) { height = 10 })
  print (map salary [alice, bob, raise 50 alice])
