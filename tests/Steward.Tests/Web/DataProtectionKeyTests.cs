using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Web;

/// <summary>The keys that sign sign-in cookies and antiforgery tokens are stored sealed under the
/// vault's key-encryption key, and a restarted Steward still reads them.</summary>
public sealed class DataProtectionKeyTests
{
    [Fact]
    public async Task Protection_keys_are_sealed_on_disk_and_read_again_after_a_restart()
    {
        using var data = new TempFolder();
        var settings = new Dictionary<string, string?> { ["Steward:DataFolder"] = data.Path };
        string protectedPayload;
        await using (var first = await StewardServer.StartAsync(settings: settings))
        {
            protectedPayload = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("a session");
        }

        var files = Directory.GetFiles(Path.Combine(data.Path, "protection-keys"), "*.xml");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var xml = await File.ReadAllTextAsync(file);
            Assert.Contains("<kekSealed", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal); // the clear master key element
        }

        await using var second = await StewardServer.StartAsync(settings: settings);
        Assert.Equal("a session", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedPayload));
    }
}
