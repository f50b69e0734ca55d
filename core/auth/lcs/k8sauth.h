#pragma once

#include "common/blockinghttp.h"
#include "common/threadnetworks.h"
#include "config/appconfig.h"
#include "requestauth.h"

namespace aistack {

// `k8s`: the bearer token goes to the cluster's TokenReview API, then a SubjectAccessReview asks whether
// that user may `get` the non-resource path /ls-access. The server's own credential is the service account
// token of the pod (or K8S_AUTH_TOKEN), trusted CA from k8s_ca_cert_path.
class K8sAuth : public RequestAuth
{
public:
    explicit K8sAuth(const AuthenticationConfig &config);
    QString module() const override { return QStringLiteral("k8s"); }
    bool immediate() const override { return false; }
    AuthVerdict authenticate(const AuthRequest &request) override;

private:
    QString clusterId();

    QString m_api;
    BlockingHttp::Options m_options;
    ThreadNetworks m_networks;
};

} // namespace aistack
