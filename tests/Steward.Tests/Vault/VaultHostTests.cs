using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Gate;
using Steward.Core.Keys;
using Steward.Core.Vault;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Vault;

public sealed class VaultHostTests
{
    [Fact]
    public async Task Steward_creates_its_key_file_in_the_data_folder_on_first_start()
    {
        using var data = new TempFolder();
        await using (var server = await StewardServer.StartAsync(settings: new Dictionary<string, string?> { ["Steward:DataFolder"] = data.Path }))
        {
            Assert.Equal(Path.GetFullPath(data.File("keys.json")), Path.GetFullPath(server.Services.GetRequiredService<KeySource>().FilePath!));
            Assert.Equal([1], server.Services.GetRequiredService<KeySource>().Ring.Versions);
        }
        Assert.True(File.Exists(data.File("keys.json")));
    }

    [Fact]
    public void Personal_data_is_read_only_through_a_grant_that_feature_code_cannot_make()
    {
        var reads = typeof(VaultReader).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.ReturnType == typeof(Task<IReadOnlyList<VaultValue>>)).ToList();

        Assert.All(reads, m => Assert.Equal(typeof(AccessGrant), m.GetParameters()[0].ParameterType));
        Assert.NotEmpty(reads);
        Assert.Empty(typeof(AccessGrant).GetConstructors(BindingFlags.Public | BindingFlags.Instance));
        Assert.All(typeof(VaultReader).Assembly.GetTypes().Where(t => t.Namespace == "Steward.Core.Vault" && t.IsPublic),
            t => Assert.DoesNotContain(t.Name, new[] { "VaultCrypto", "SubjectKey", "VaultField", "BlindIndex" }));
    }
}
