using System.Net.Http.Json;
using System.Text.Json;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Web;

/// <summary>Steward started on PostgreSQL instead of its embedded SQLite: migrates and serves the same.</summary>
public sealed class PostgresHostTests
{
    [Fact]
    public async Task Steward_serves_the_notice_from_a_postgres_database()
    {
        var server = await PostgresServer.Shared;
        await using var steward = await StewardServer.StartAsync(TestPaths.Sample("minimal.yaml"), postgres: await server.CreateDatabaseAsync());

        var health = await steward.Client.GetStringAsync("health");
        var notice = await steward.Client.GetFromJsonAsync<JsonElement>("api/notice/main?lang=zh-CN");

        Assert.Equal("Healthy", health);
        Assert.StartsWith("# 示例有限公司", notice.GetProperty("markdown").GetString(), StringComparison.Ordinal);
        var versions = await steward.Client.GetFromJsonAsync<JsonElement>("api/notice/main/versions");
        Assert.Equal(notice.GetProperty("version").GetString(), versions[0].GetProperty("version").GetString());
    }
}
