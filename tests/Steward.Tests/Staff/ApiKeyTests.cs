using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Staff;
using Steward.Staff;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Staff;

/// <summary>API keys for other systems: made in the Console, shown once, stored as a hash, revocable.</summary>
public sealed partial class ApiKeyTests
{
    [GeneratedRegex("stw_[0-9a-f]{16}_[A-Za-z0-9_-]{43}")]
    private static partial Regex KeyPattern();

    [Fact]
    public async Task A_key_is_shown_once_validates_for_its_system_and_purposes_and_fails_once_revoked()
    {
        await using var site = await StaffSite.StartAsync();
        var administrator = await site.SetUpAdministratorAsync();
        var validator = site.Server.Services.GetRequiredService<ApiKeyValidator>();

        var created = await administrator.Browser.SubmitAsync("/console/api-keys", [Field("system", "careers-site"), Field("purposes", "recruitment")], handler: "Create");
        Assert.Equal(HttpStatusCode.OK, created.Status);
        var key = created.Element("new-key");
        Assert.Matches(KeyPattern(), key);

        var listed = await administrator.Browser.GetAsync("/console/api-keys");
        Assert.Contains("careers-site", listed.Html);
        Assert.DoesNotContain(key, listed.Html);
        Assert.DoesNotMatch(KeyPattern(), listed.Html);

        var client = await validator.ValidateAsync(key);
        Assert.NotNull(client);
        Assert.Equal("careers-site", client.System);
        Assert.Equal(["recruitment"], client.Purposes);
        Assert.True(client.MayAskAbout("recruitment.talent_pool"));
        Assert.False(client.MayAskAbout("marketing"));
        Assert.Same(client, validator.FromCache(key));
        Assert.Null(await validator.ValidateAsync(key[..^1] + (key[^1] == 'A' ? 'B' : 'A')));
        Assert.Null(await validator.ValidateAsync("stw_0000000000000000_" + new string('A', 43)));
        Assert.Null(await validator.ValidateAsync("not a key"));

        var keyId = key.Substring(4, 16);
        var id = Regex.Match(listed.Html, "name=\"id\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        var revoked = await administrator.Browser.SubmitAsync("/console/api-keys", [Field("id", id)], handler: "Revoke");
        Assert.Contains("The key is revoked and no longer works.", revoked.Html);
        Assert.Null(await validator.ValidateAsync(key));
        Assert.Null(validator.FromCache(key));

        Assert.Contains(site.Audit.Records, r => r.Action == "apikey.create" && r.Reason == $"key {keyId}; purposes recruitment" && r.Actor.StartsWith("staff:", StringComparison.Ordinal));
        Assert.Contains(site.Audit.Records, r => r.Action == "apikey.revoke" && r.Reason == $"key {keyId}");
        Assert.DoesNotContain(site.Audit.Records, r => r.Reason?.Contains(key[21..], StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_key_needs_a_system_name_and_a_purpose()
    {
        await using var site = await StaffSite.StartAsync();
        var administrator = await site.SetUpAdministratorAsync();
        var refused = await administrator.Browser.SubmitAsync("/console/api-keys?lang=zh-CN", [Field("system", " ")], handler: "Create");
        Assert.Contains("请填写系统名称", refused.Html);
        Assert.Contains("请至少选择一个目的", refused.Html);
        Assert.DoesNotMatch(KeyPattern(), refused.Html);
    }

    [Theory]
    [InlineData("Authorization", "Bearer stw_key")]
    [InlineData("X-Api-Key", "stw_key")]
    public void A_key_is_read_from_the_bearer_or_the_x_api_key_header(string header, string value)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers[header] = value;
        Assert.Equal("stw_key", ApiKeyHeader.Read(context.Request));
    }

    [Fact]
    public void A_request_without_a_key_has_none()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = "Basic dXNlcjpwYXNz";
        Assert.Null(ApiKeyHeader.Read(context.Request));
    }
}
