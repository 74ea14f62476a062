using System.Text;
using Steward.Core.Audit;

namespace Steward.Tests.Audit;

/// <summary>What an audit entry can hold: ids and codes, never personal data.</summary>
public sealed class AuditRecordTests
{
    private static readonly Guid Subject = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Fact]
    public void An_entry_is_hashed_from_the_given_ids_and_nothing_else()
    {
        var time = new DateTimeOffset(2026, 3, 1, 9, 30, 15, 123, TimeSpan.Zero);
        var record = new AuditRecord("staff:u-17", "gate.decision", Subject, "recruitment", "denied", "no-consent: consent withdrawn");

        var bytes = AuditEncoding.EntryBytes(42, time, record);
        var read = CanonicalEntry.Read(bytes);

        Assert.Equal(new CanonicalEntry(42, time.UtcTicks, "staff:u-17", "gate.decision", Subject, "recruitment", "denied", "no-consent: consent withdrawn"), read);
        // Every byte is accounted for by those fields: the version, two numbers, six fields with their lengths.
        var textBytes = new[] { "staff:u-17", "gate.decision", "recruitment", "denied", "no-consent: consent withdrawn" }.Sum(s => 5 + Encoding.UTF8.GetByteCount(s));
        Assert.Equal(1 + 8 + 8 + textBytes + 1 + 16, bytes.Length);
    }

    [Fact]
    public void The_record_and_the_stored_entry_have_no_field_for_personal_data()
    {
        Assert.Equal(["Action", "Actor", "Decision", "Purpose", "Reason", "SubjectId"],
            typeof(AuditRecord).GetProperties().Select(p => p.Name).Where(n => n != "EqualityContract").Order());
        Assert.Equal(["Action", "Actor", "Decision", "Index", "LeafHash", "Purpose", "Reason", "Record", "SubjectId", "Time"],
            typeof(AuditEntry).GetProperties().Select(p => p.Name).Order());
        // The subject is named by its pseudonymous id only: a Guid, not text that could hold an email.
        Assert.Equal(typeof(Guid?), typeof(AuditRecord).GetProperty(nameof(AuditRecord.SubjectId))!.PropertyType);
    }

    [Fact]
    public void Absent_fields_are_told_apart_from_empty_ones()
    {
        var time = DateTimeOffset.UnixEpoch;
        var absent = AuditEncoding.EntryBytes(0, time, new AuditRecord("system:steward:retention", "retention.run", null, null, null, null));
        var empty = AuditEncoding.EntryBytes(0, time, new AuditRecord("system:steward:retention", "retention.run", null, "", "", ""));
        Assert.NotEqual(MerkleTree.LeafHash(absent), MerkleTree.LeafHash(empty));
        Assert.Null(CanonicalEntry.Read(absent).Purpose);
        Assert.Equal("", CanonicalEntry.Read(empty).Purpose);
    }

    [Theory]
    [InlineData("", "gate.decision")]
    [InlineData("staff:u-1", "")]
    [InlineData("staff:\0u-1", "gate.decision")]
    public void A_record_without_actor_or_action_or_with_text_that_cannot_be_stored_is_refused(string actor, string action) =>
        Assert.Throws<ArgumentException>(() => AuditLimits.Check(new AuditRecord(actor, action, null, null, null, null)));

    [Fact]
    public void A_record_with_a_lone_surrogate_is_refused() =>
        Assert.Throws<ArgumentException>(() => AuditLimits.Check(new AuditRecord("staff:u-1" + (char)0xD800, "gate.decision", null, null, null, null)));

    [Fact]
    public void A_signing_key_from_configuration_is_used_and_no_key_file_is_made()
    {
        using var data = new Steward.Tests.Infrastructure.TempFolder();
        using var ecdsa = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var options = new AuditOptions { SigningKey = ecdsa.ExportPkcs8PrivateKeyPem() };

        using var key = AuditSigningKey.LoadOrCreate(options, data.Path, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);

        Assert.Equal(ecdsa.ExportSubjectPublicKeyInfo(), key.PublicKey);
        Assert.False(File.Exists(data.File("audit-signing-key.pem")));
    }

    [Fact]
    public void Without_configuration_the_key_is_created_once_in_the_data_folder_readable_by_its_owner_only()
    {
        using var data = new Steward.Tests.Infrastructure.TempFolder();
        var options = new AuditOptions();

        using var first = AuditSigningKey.LoadOrCreate(options, data.Path, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        using var again = AuditSigningKey.LoadOrCreate(options, data.Path, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);

        Assert.Equal(first.KeyId, again.KeyId);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(data.File("audit-signing-key.pem")));
    }

    [Fact]
    public void A_configured_key_that_is_not_P256_is_refused_on_start() =>
        Assert.Contains("Steward:Audit:SigningKey is not an ECDSA P-256 private key in PEM.", new AuditOptions { SigningKey = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----" }.Problems());
}
