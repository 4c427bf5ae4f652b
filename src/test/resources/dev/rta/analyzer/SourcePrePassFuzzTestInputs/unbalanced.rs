fn f() { ) ] } } { ( [ async { tokio::spawn(async { ;
