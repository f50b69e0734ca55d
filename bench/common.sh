# What the bench scripts share; sourced, not run.

# The aistack binary: the first argument, else a release build, else the test build; as an absolute path.
aistack_binary() { # root [given]
    local bin="${2:-$1/build/app/aistack}"
    [ -x "$bin" ] || bin="$1/build-test/app/aistack"
    realpath "$bin"
}

# A loopback port nothing listens on now.
free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Waits up to 10 s for something to listen on a loopback port.
wait_port() { for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done; return 1; }
