#!/usr/bin/python3
"""A loopback HTTPS stand-in for the two Kubernetes review APIs aistack's k8s module calls (TokenReview and
SubjectAccessReview) and OpenShift's ClusterVersion. No Kubernetes API server can run on the test machine.

usage: k8s_standin.py PORT CERT KEY
Tokens: alice-token (allowed), bob-token (authenticated, not allowed), admin-token (kube:admin),
crash-token (the TokenReview API fails); anything else is not authenticated."""
import json
import ssl
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

USERS = {
    "alice-token": {"username": "alice", "uid": "uid-alice", "groups": ["developers"]},
    "bob-token": {"username": "bob", "uid": "uid-bob", "groups": ["guests"]},
    "admin-token": {"username": "kube:admin", "uid": "", "groups": ["system:cluster-admins"]},
}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, fmt, *args):
        sys.stderr.write("%s %s\n" % (self.command, self.path))

    def reply(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/apis/config.openshift.io/v1/clusterversions/version":
            self.reply(200, {"kind": "ClusterVersion", "spec": {"clusterID": "cluster-0451"}})
        else:
            self.reply(404, {"kind": "Status", "code": 404})

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))) or b"{}")
        if self.path == "/apis/authentication.k8s.io/v1/tokenreviews":
            token = body.get("spec", {}).get("token")
            if token == "crash-token":
                self.reply(500, {"kind": "Status", "message": "etcd is down"})
                return
            user = USERS.get(token)
            status = {"authenticated": True, "user": user} if user else {"authenticated": False}
            self.reply(201, {"apiVersion": "authentication.k8s.io/v1", "kind": "TokenReview", "status": status})
        elif self.path == "/apis/authorization.k8s.io/v1/subjectaccessreviews":
            spec = body.get("spec", {})
            allowed = (spec.get("user") in ("alice", "kube:admin")
                       and spec.get("nonResourceAttributes") == {"path": "/ls-access", "verb": "get"})
            self.reply(201, {"kind": "SubjectAccessReview", "status": {"allowed": allowed}})
        else:
            self.reply(404, {"kind": "Status", "code": 404})


def main():
    port, cert, key = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    print("ready", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
