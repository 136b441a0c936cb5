module Main where

-- Class methods in two instances.

class Describe a where
  describe :: a -> String

data Cat = Cat String
data Dog = Dog Int

instance Describe Cat where
  describe (Cat n) = "cat " ++ n

instance Describe Dog where
  describe (Dog age)
    | age < 0 = error "dog with negative age"
    | otherwise = "dog of " ++ show age

main :: IO ()
main = do
  putStrLn (describe (Cat "Tom"))
  putStrLn (describe (Dog 3))
  putStrLn (describe (Dog (-1)))
