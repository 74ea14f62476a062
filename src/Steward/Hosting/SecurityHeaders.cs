namespace Steward.Hosting;

/// <summary>Security headers on every response: a strict content security policy that allows only
/// Steward's own scripts and styles, no framing, and no referrer sent to other sites.</summary>
internal static class SecurityHeaders
{
    public const string ApiReferencePolicy = "api-reference";

    public static void AddStewardSecurityHeaders(this IServiceCollection services) =>
        services.AddSecurityHeaderPolicies()
            .SetDefaultPolicy(p => p.AddDefaultSecurityHeaders()
                .AddReferrerPolicyStrictOriginWhenCrossOrigin()
                .AddPermissionsPolicyWithDefaultSecureDirectives()
                .RemoveServerHeader()
                .AddContentSecurityPolicy(csp =>
                {
                    csp.AddDefaultSrc().Self();
                    csp.AddScriptSrc().Self();
                    csp.AddStyleSrc().Self();
                    csp.AddImgSrc().Self().Data();
                    csp.AddFormAction().Self();
                    csp.AddFrameAncestors().None();
                    csp.AddBaseUri().Self();
                    csp.AddObjectSrc().None();
                }))
            // The interactive API reference (Scalar) runs an inline bootstrap script and inline styles.
            .AddPolicy(ApiReferencePolicy, p => p.AddDefaultSecurityHeaders()
                .AddPermissionsPolicyWithDefaultSecureDirectives()
                .RemoveServerHeader()
                .AddContentSecurityPolicy(csp =>
                {
                    csp.AddBaseUri().Self();
                    csp.AddObjectSrc().None();
                    csp.AddFormAction().Self();
                    csp.AddDefaultSrc().Self();
                    csp.AddScriptSrc().Self().UnsafeInline();
                    csp.AddStyleSrc().Self().UnsafeInline();
                    csp.AddImgSrc().Self().Data();
                    csp.AddFontSrc().Self().Data();
                    csp.AddFrameAncestors().None();
                }));
}
