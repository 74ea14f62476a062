using Steward.Core.Vault;

namespace Steward.Tests.Vault;

public sealed class ContactNormaliserTests
{
    [Theory]
    [InlineData("  Alice@Example.COM ", "alice@example.com")]
    [InlineData("bob@example.org", "bob@example.org")]
    [InlineData("\tZHANG.San@Example.CN\n", "zhang.san@example.cn")]
    public void Email_addresses_are_trimmed_and_lower_cased(string written, string normal) =>
        Assert.Equal(normal, ContactNormaliser.Email(written));

    [Theory]
    [InlineData("+86 138 0013 8000", "+8613800138000")]
    [InlineData("13800138000", "+8613800138000")]
    [InlineData("138 0013 8000", "+8613800138000")]
    [InlineData("138-0013-8000", "+8613800138000")]
    [InlineData("(010) 6552 9988", "+861065529988")]
    [InlineData("+44 20 7946 0958", "+442079460958")]
    [InlineData("+1 (202) 555-0143", "+12025550143")]
    [InlineData("0086 138 0013 8000", "+8613800138000")]
    public void Telephone_numbers_become_E164_with_China_as_the_default_region(string written, string normal) =>
        Assert.Equal(normal, ContactNormaliser.Telephone(written));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("call me")]
    [InlineData("12")]
    public void What_cannot_be_a_telephone_number_has_no_normal_form(string written) =>
        Assert.Null(ContactNormaliser.Telephone(written));
}
