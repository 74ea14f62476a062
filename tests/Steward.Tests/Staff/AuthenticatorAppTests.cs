using System.Text;

namespace Steward.Tests.Staff;

/// <summary>The test's authenticator app agrees with the standard before it is trusted to judge Steward.</summary>
public sealed class AuthenticatorAppTests
{
    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(20000000000L, "65353130")]
    public void It_gives_the_codes_of_the_rfc_6238_test_vectors(long unixTime, string code)
    {
        var key = Encoding.ASCII.GetBytes("12345678901234567890");
        Assert.Equal(code, AuthenticatorApp.Hotp(key, unixTime / 30, 8));
    }

    [Fact]
    public void It_reads_base32_keys()
    {
        Assert.Equal("12345678901234567890", Encoding.ASCII.GetString(AuthenticatorApp.Base32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")));
        Assert.Equal("94287082"[2..], AuthenticatorApp.Code("gezd gnbv gy3t qojq gezd gnbv gy3t qojq", DateTimeOffset.FromUnixTimeSeconds(59)));
    }
}
