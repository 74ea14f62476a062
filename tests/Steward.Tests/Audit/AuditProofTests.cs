using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Steward.Core.Audit;
using Steward.Hosting;
using Steward.Tests.Infrastructure;
using Steward.Tests.Staff;

namespace Steward.Tests.Audit;

/// <summary>GET /api/audit/proof/{index} as an auditor's tool meets it, signed in as an auditor: the proof
/// is checked here by a small verifier of its own, written from RFC 6962 / RFC 9162 and the documented
/// formats, not by Steward.</summary>
public abstract class AuditProofTests : IAsyncLifetime
{
    private StaffSite _site = null!;
    private StaffSite.Member _administrator = null!;
    private StaffSite.Member _auditor = null!;

    protected abstract Task<string?> PostgresAsync();

    /// <summary>Entries written before the test's own: at start, and while staff set up and joined.</summary>
    private int _before;

    public async Task InitializeAsync()
    {
        _site = await StaffSite.StartAsync(new Dictionary<string, string?> { ["Steward:Audit:CheckpointEveryEntries"] = "100" },
            postgres: await PostgresAsync(), auditLog: true);
        _administrator = await _site.SetUpAdministratorAsync();
        _auditor = await _site.JoinAsync(await StaffSite.InviteAsync(_administrator, "auditor@example.org", "auditor"), "auditor@example.org");
        await using var db = Steward.Hosting.Storage.CreateDb(Options);
        _before = await db.Set<AuditEntry>().CountAsync();
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private StewardServer Server => _site.Server;

    private StewardOptions Options => Server.Services.GetRequiredService<IOptions<StewardOptions>>().Value;

    [Fact]
    public async Task Every_kind_of_entry_position_has_a_proof_that_verifies_on_its_own()
    {
        await AppendAsync(1000);

        foreach (var index in new[] { 0, 1, 2, 255, 256, 257, 511, 512, 700, 998, 999 }.Select(i => i + _before))
        {
            var proof = await ProofAsync(index);
            Assert.Null(IndependentVerifier.Problem(proof, TrustedKeyId()));
            Assert.Equal(index, proof.GetProperty("leafIndex").GetInt64());
            Assert.Equal(1000 + _before, proof.GetProperty("treeSize").GetInt64());
            // The entry shown is the entry proven: its fields are the ones in the hashed bytes.
            var entry = proof.GetProperty("entry");
            var hashed = CanonicalEntry.Read(proof.GetProperty("entryBytes").GetBytesFromBase64());
            Assert.Equal((index, entry.GetProperty("actor").GetString(), entry.GetProperty("reason").GetString()), (hashed.Index, hashed.Actor, hashed.Reason));
        }
    }

    [Fact]
    public async Task A_proof_of_a_tampered_leaf_does_not_verify()
    {
        await AppendAsync(400);
        var (leaf, next) = (300 + _before, 301 + _before);
        Assert.Null(IndependentVerifier.Problem(await ProofAsync(leaf), TrustedKeyId()));

        // Entry 300 rewritten with its leaf hash made to match; entry 301 edited and left as it is.
        await Tampering.LiftGuardsAsync(Options);
        await using (var db = Steward.Hosting.Storage.CreateDb(Options))
        {
            var entry = await db.Set<AuditEntry>().SingleAsync(e => e.Index == leaf);
            entry.Decision = entry.Decision == "allowed" ? "denied" : "allowed";
            entry.LeafHash = MerkleTree.LeafHash(AuditEncoding.EntryBytes(entry.Index, entry.Time, entry.Record));
            await db.SaveChangesAsync();
        }
        await Tampering.FlipAsync(Options, "audit_entries", "Actor", "Index", next);

        Assert.Equal("the audit path does not lead to the signed root", IndependentVerifier.Problem(await ProofAsync(leaf), TrustedKeyId()));
        Assert.Equal("the entry's bytes do not hash to the leaf hash", IndependentVerifier.Problem(await ProofAsync(next), TrustedKeyId()));
    }

    [Fact]
    public async Task A_proof_altered_on_the_way_does_not_verify()
    {
        await AppendAsync(300);
        var proof = await ProofAsync(123);
        Assert.Null(IndependentVerifier.Problem(proof, TrustedKeyId()));

        var altered = JsonNodeWith(proof, p => p["auditPath"]![2] = Convert.ToBase64String(new byte[32]));
        Assert.Equal("the audit path does not lead to the signed root", IndependentVerifier.Problem(altered, TrustedKeyId()));
        var resigned = JsonNodeWith(proof, p => p["checkpoint"]!["treeSize"] = 299);
        Assert.NotNull(IndependentVerifier.Problem(resigned, TrustedKeyId()));
        Assert.Equal("the checkpoint is not signed by the trusted key", IndependentVerifier.Problem(proof, "0000"));
    }

    [Fact]
    public async Task An_entry_that_does_not_exist_is_a_404_problem()
    {
        await AppendAsync(5);
        var answer = await _auditor.Browser.GetAsync($"api/audit/proof/{5 + _before}");
        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("application/problem+json", answer.Response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"no audit entry {5 + _before}", Json(answer).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("-1", "'-1' is not an audit entry index")]
    [InlineData("seven", "'seven' is not an audit entry index")]
    [InlineData("3", "Audit entry 3 is not yet covered by a signed checkpoint")]
    public async Task An_index_that_is_not_one_or_not_yet_covered_is_a_400_problem(string index, string detail)
    {
        await AppendAsync(5, checkpoint: false);
        var answer = await _auditor.Browser.GetAsync($"api/audit/proof/{index}");
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("application/problem+json", answer.Response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, Json(answer).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Without_signing_in_a_proof_is_a_401_problem_not_a_sign_in_page()
    {
        await AppendAsync(5);
        var response = await Server.Client.GetAsync($"api/audit/proof/{_before}");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(401, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_recruiter_asking_for_a_proof_gets_a_403_problem()
    {
        await AppendAsync(5);
        var recruiter = await _site.JoinAsync(await StaffSite.InviteAsync(_administrator, "recruiter@example.org", "recruiter"), "recruiter@example.org");
        var answer = await recruiter.Browser.GetAsync($"api/audit/proof/{_before}");
        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Equal("application/problem+json", answer.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(403, Json(answer).GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await _auditor.Browser.GetAsync($"api/audit/proof/{_before}")).Status);
    }

    private static JsonElement Json(ConsoleBrowser.Page page) => JsonDocument.Parse(page.Html).RootElement.Clone();

    private async Task AppendAsync(int count, bool checkpoint = true)
    {
        var trail = Server.Services.GetRequiredService<IAuditTrail>();
        await Task.WhenAll(Enumerable.Range(0, count).Select(i => trail.AppendAsync(AuditTestLog.Record(i)).AsTask()));
        if (checkpoint) await Server.Services.GetRequiredService<AuditLog>().CheckpointAsync();
    }

    private async Task<JsonElement> ProofAsync(int index)
    {
        var answer = await _auditor.Browser.GetAsync($"api/audit/proof/{index}");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return Json(answer);
    }

    /// <summary>The key id an auditor would have been given: SHA-256 of the public key, from the key file.</summary>
    private string TrustedKeyId()
    {
        using var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(Path.Combine(Options.DataFolder, "audit-signing-key.pem")));
        return Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));
    }

    private static JsonElement JsonNodeWith(JsonElement proof, Action<System.Text.Json.Nodes.JsonNode> change)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(proof.GetRawText())!;
        change(node);
        return JsonDocument.Parse(node.ToJsonString()).RootElement;
    }

    /// <summary>An auditor's verifier: about forty lines, from the RFCs and the documented formats.</summary>
    private static class IndependentVerifier
    {
        public static string? Problem(JsonElement proof, string trustedKeyId)
        {
            var leafIndex = proof.GetProperty("leafIndex").GetInt64();
            var leafHash = proof.GetProperty("leafHash").GetBytesFromBase64();
            var path = proof.GetProperty("auditPath").EnumerateArray().Select(p => p.GetBytesFromBase64()).ToList();
            var checkpoint = proof.GetProperty("checkpoint");
            var treeSize = checkpoint.GetProperty("treeSize").GetInt64();
            var root = checkpoint.GetProperty("rootHash").GetBytesFromBase64();
            var publicKey = checkpoint.GetProperty("publicKey").GetBytesFromBase64();

            if (!SHA256.HashData([0, .. proof.GetProperty("entryBytes").GetBytesFromBase64()]).SequenceEqual(leafHash))
                return "the entry's bytes do not hash to the leaf hash";
            if (proof.GetProperty("treeSize").GetInt64() != treeSize || !RootFromPath(leafIndex, treeSize, leafHash, path).SequenceEqual(root))
                return "the audit path does not lead to the signed root";
            if (Convert.ToHexStringLower(SHA256.HashData(publicKey)) != trustedKeyId)
                return "the checkpoint is not signed by the trusted key";

            var statement = new byte[28 + 8 + 32 + 8];
            Encoding.ASCII.GetBytes("steward audit checkpoint v1\n").CopyTo(statement, 0);
            BinaryPrimitives.WriteInt64BigEndian(statement.AsSpan(28), treeSize);
            root.CopyTo(statement, 36);
            BinaryPrimitives.WriteInt64BigEndian(statement.AsSpan(68), checkpoint.GetProperty("time").GetDateTimeOffset().UtcTicks);
            using var key = ECDsa.Create();
            key.ImportSubjectPublicKeyInfo(publicKey, out _);
            return key.VerifyData(statement, checkpoint.GetProperty("signature").GetBytesFromBase64(), HashAlgorithmName.SHA256)
                ? null
                : "the checkpoint's signature does not hold";
        }

        // RFC 9162, 2.1.3.2: verifying an inclusion proof.
        private static byte[] RootFromPath(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> path)
        {
            if (leafIndex >= treeSize) return [];
            long fn = leafIndex, sn = treeSize - 1;
            var r = leafHash;
            foreach (var p in path)
            {
                if (sn == 0) return [];
                if ((fn & 1) == 1 || fn == sn)
                {
                    r = SHA256.HashData([1, .. p, .. r]);
                    while ((fn & 1) == 0 && fn != 0)
                    {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
                else
                {
                    r = SHA256.HashData([1, .. r, .. p]);
                }
                fn >>= 1;
                sn >>= 1;
            }
            return sn == 0 ? r : [];
        }
    }
}

public sealed class SqliteAuditProofTests : AuditProofTests
{
    protected override Task<string?> PostgresAsync() => Task.FromResult<string?>(null);
}

public sealed class PostgresAuditProofTests : AuditProofTests
{
    protected override async Task<string?> PostgresAsync() => await (await PostgresServer.Shared).CreateDatabaseAsync();
}
