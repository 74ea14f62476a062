using Microsoft.Extensions.FileProviders;

namespace Steward.Hosting;

/// <summary>Serves the stylesheet and scripts from inside the executable, so Steward runs the same
/// from the build folder, a published folder, or under the tests.</summary>
internal static class StaticFiles
{
    public static void UseStewardStaticFiles(this WebApplication app) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(StaticFiles).Assembly, "Steward.wwwroot"),
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
}
