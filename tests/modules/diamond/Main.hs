-- A diamond: Left and Right both import Base, Main imports both; infix
-- operators with fixities declared in Base, used across modules; a CAF of
-- Base shared by both sides.
import LeftSide
import RightSide
import Base ((<+>), (<.>), primes)

main :: IO ()
main = do
  print (leftSum 10, rightProduct 5)
  print (1 <+> 2 <.> 3 <+> 4)
  print (take 5 leftPrimes, take 5 rightPrimes, primes !! 20)
