(p$ Ee)nt (p  Ee)ntai= do
>   p;rin’ (ta