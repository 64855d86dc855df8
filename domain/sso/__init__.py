"""Single sign-on per tenant: its settings, SAML 2.0 and OpenID Connect sign-ins, the users they
provision and the one-time codes they end with."""
