//! PostgreSQL over TLS (rustls on ring), when the database URL asks for it,
//! with libpq's meanings of `sslmode` so a URL means what an operator who
//! knows `psql` expects:
//!
//! | `sslmode` | encrypted | certificate checked |
//! | --- | --- | --- |
//! | absent, `disable`, `allow`, `prefer` | no: plain TCP, as before | — |
//! | `require` | yes, or no connection | no (any certificate), unless `sslrootcert` is given: then as `verify-ca` (libpq does the same) |
//! | `verify-ca` | yes | signed by a trusted root; the host name is not checked |
//! | `verify-full` | yes | signed by a trusted root and issued for the host connected to |
//!
//! `require` stops someone who only listens on the network, not someone who
//! can pretend to be the database: only `verify-full` does that. Trusted
//! roots are the PEM file `sslrootcert` names, or, when it is absent or
//! `system`, the Mozilla list built into the server (webpki-root-certs).
//! libpq's `prefer` (try TLS, fall back to plain, check nothing) is plain
//! here: it protects nothing against someone in the middle, and a server
//! that silently chose for the operator would hide which one they got.

use std::sync::Arc;

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{CryptoProvider, verify_tls12_signature, verify_tls13_signature};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, RootCertStore, SignatureScheme};
use tokio_postgres::config::SslMode;
use tokio_postgres_rustls::MakeRustlsConnect;

use crate::error::Error;

/// How to reach PostgreSQL: its settings, and TLS when the URL asked for it.
pub struct Target {
    /// The connection settings, `sslmode` and `sslrootcert` taken out.
    pub config: tokio_postgres::Config,
    /// `None`: plain TCP.
    pub tls: Option<MakeRustlsConnect>,
}

impl std::fmt::Debug for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The config may hold a password: never print it.
        f.debug_struct("Target").field("tls", &self.tls.is_some()).finish_non_exhaustive()
    }
}

fn invalid(message: impl Into<String>) -> Error {
    Error::Invalid(message.into())
}

/// `%XX` escapes in a URL query value.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = (bytes[i] == b'%')
            .then(|| s.get(i + 1..i + 3))
            .flatten()
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match hex {
            Some(b) => {
                out.push(b);
                i += 3;
            }
            None => {
                out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Read a `postgres://` URL: take out `sslmode` and `sslrootcert` (which
/// tokio-postgres would refuse or ignore) and build the TLS they ask for.
pub fn target(url: &str) -> Result<Target, Error> {
    let (base, query) = url.split_once('?').unwrap_or((url, ""));
    let mut kept = Vec::new();
    let (mut mode, mut root) = (None, None);
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "sslmode" => mode = Some(percent_decode(value)),
            "sslrootcert" => root = Some(percent_decode(value)),
            _ => kept.push(pair),
        }
    }
    let rest = if kept.is_empty() { base.to_owned() } else { format!("{base}?{}", kept.join("&")) };
    let mut config: tokio_postgres::Config = rest.parse().map_err(|e| {
        invalid(format!(
            "The PostgreSQL address could not be read ({e}). It looks like postgres://user@host:5432/brim."
        ))
    })?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let roots = || trusted_roots(root.as_deref());
    let verifier: Option<Arc<dyn ServerCertVerifier>> = match mode.as_deref().unwrap_or("prefer") {
        "disable" | "allow" | "prefer" => None,
        "require" if root.is_none() => Some(Arc::new(Lenient::any_certificate(&provider))),
        "require" | "verify-ca" => {
            Some(Arc::new(Lenient::chain_only(chain_verifier(roots()?, &provider)?, &provider)))
        }
        "verify-full" => Some(chain_verifier(roots()?, &provider)?),
        other => {
            return Err(invalid(format!(
                "sslmode={other} is not one Brim knows. Use sslmode=verify-full (encrypted, and the \
                 certificate is checked), sslmode=require (encrypted only) or sslmode=disable."
            )));
        }
    };
    let Some(verifier) = verifier else {
        config.ssl_mode(SslMode::Disable);
        return Ok(Target { config, tls: None });
    };
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::Internal(format!("TLS set-up: {e}")))?
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth();
    // Require: a server that offers no TLS is refused, never used in plain.
    config.ssl_mode(SslMode::Require);
    Ok(Target { config, tls: Some(MakeRustlsConnect::new(tls)) })
}

fn trusted_roots(path: Option<&str>) -> Result<RootCertStore, Error> {
    let mut roots = RootCertStore::empty();
    match path {
        None | Some("system") => {
            let mozilla =
                webpki_root_certs::TLS_SERVER_ROOT_CERTS.iter().map(|c| CertificateDer::from(c.as_ref()));
            roots.add_parsable_certificates(mozilla);
        }
        Some(path) => {
            let unreadable = |e: &dyn std::fmt::Display| {
                invalid(format!(
                    "The sslrootcert file {path} could not be read ({e}). Give the path of the PEM file \
                     with the certificate of the authority that signed the database's certificate."
                ))
            };
            for cert in CertificateDer::pem_file_iter(path).map_err(|e| unreadable(&e))? {
                roots.add(cert.map_err(|e| unreadable(&e))?).map_err(|e| unreadable(&e))?;
            }
            if roots.is_empty() {
                return Err(unreadable(&"it holds no certificate"));
            }
        }
    }
    Ok(roots)
}

fn chain_verifier(
    roots: RootCertStore,
    provider: &Arc<CryptoProvider>,
) -> Result<Arc<WebPkiServerVerifier>, Error> {
    WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
        .build()
        .map_err(|e| Error::Internal(format!("TLS set-up: {e}")))
}

/// The two checks that accept more than `verify-full` does. The handshake's
/// signatures are always checked, so the session is encrypted to whoever
/// holds the certificate's key; what differs is who that may be.
#[derive(Debug)]
struct Lenient {
    /// `None`: `sslmode=require` without roots, any certificate, as libpq
    /// does. `Some`: `verify-ca`, the chain must reach a trusted root, but the
    /// name in the certificate is not compared with the host (webpki checks
    /// the chain first, so only a certificate with a good chain gets past
    /// the name).
    chain: Option<Arc<WebPkiServerVerifier>>,
    provider: Arc<CryptoProvider>,
}

impl Lenient {
    fn any_certificate(provider: &Arc<CryptoProvider>) -> Self {
        Self { chain: None, provider: provider.clone() }
    }

    fn chain_only(chain: Arc<WebPkiServerVerifier>, provider: &Arc<CryptoProvider>) -> Self {
        Self { chain: Some(chain), provider: provider.clone() }
    }
}

impl ServerCertVerifier for Lenient {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let Some(chain) = &self.chain else { return Ok(ServerCertVerified::assertion()) };
        match chain.verify_server_cert(end_entity, intermediates, server_name, ocsp, now) {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    // The chain verifier checks signatures with the provider's algorithms
    // too (it was built from the same provider), so both cases use them.
    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider.signature_verification_algorithms.supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sslmode_picks_plain_or_tls_and_unknown_modes_say_what_to_use() {
        for plain in
            ["postgres://u@h/db", "postgres://u@h/db?sslmode=disable", "postgres://u@h/db?sslmode=prefer"]
        {
            assert!(target(plain).unwrap().tls.is_none(), "{plain}");
        }
        let t = target("postgres://u@h:5433/db?application_name=brim&sslmode=require").unwrap();
        assert!(t.tls.is_some());
        assert_eq!(t.config.get_ssl_mode(), SslMode::Require, "never falls back to plain");
        assert_eq!(t.config.get_application_name(), Some("brim"), "other settings are kept");
        assert_eq!(t.config.get_ports(), [5433]);
        assert!(target("postgres://u@h/db?sslmode=verify-full").unwrap().tls.is_some(), "Mozilla roots");
        let err = target("postgres://u@h/db?sslmode=verify-everything").unwrap_err().to_string();
        assert!(err.contains("sslmode=verify-full"), "{err}");
        let err = target("postgres://u@h/db?sslmode=verify-full&sslrootcert=%2Fno%2Fsuch.pem")
            .unwrap_err()
            .to_string();
        assert!(err.contains("/no/such.pem") && err.contains("PEM"), "{err}");
    }

    #[test]
    fn percent_escapes_are_read() {
        assert_eq!(percent_decode("%2Ftmp%2Fca.crt"), "/tmp/ca.crt");
        assert_eq!(percent_decode("a+b%"), "a b%");
    }
}
