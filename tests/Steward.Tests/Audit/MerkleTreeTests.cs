using System.Security.Cryptography;
using Steward.Core.Audit;

namespace Steward.Tests.Audit;

/// <summary>The tree is RFC 6962's: the same roots as the published test vectors of Certificate
/// Transparency, and the same as the RFC's recursive definition for every size.</summary>
public sealed class MerkleTreeTests
{
    // The leaves and roots of the Certificate Transparency reference tests (RFC 6962 trees of 1 to 8 leaves).
    private static readonly string[] Leaves = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"];
    private static readonly string[] Roots =
    [
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ];

    [Fact]
    public void Roots_match_the_RFC_6962_reference_vectors()
    {
        var range = new CompactRange();
        for (var n = 0; n < Leaves.Length; n++)
        {
            range.Append(MerkleTree.LeafHash(Convert.FromHexString(Leaves[n])));
            Assert.Equal(Roots[n], Convert.ToHexStringLower(range.Root()));
        }
    }

    [Fact]
    public void The_empty_tree_has_the_hash_of_nothing() =>
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Convert.ToHexStringLower(new CompactRange().Root()));

    [Fact]
    public void Appending_leaf_by_leaf_gives_the_recursive_root_for_every_size_up_to_300()
    {
        var leaves = Enumerable.Range(0, 300).Select(i => MerkleTree.LeafHash(BitConverter.GetBytes(i))).ToList();
        var range = new CompactRange();
        for (var n = 1; n <= leaves.Count; n++)
        {
            range.Append(leaves[n - 1]);
            Assert.Equal(Recursive(leaves, 0, n), range.Root());
        }
    }

    [Fact]
    public void Completed_subtrees_are_reported_with_their_level_and_position()
    {
        var leaves = Enumerable.Range(0, 1000).Select(i => MerkleTree.LeafHash(BitConverter.GetBytes(i))).ToList();
        var range = new CompactRange();
        var seen = 0;
        foreach (var leaf in leaves)
        {
            range.Append(leaf, (level, position, hash) =>
            {
                var size = 1 << level;
                Assert.Equal(Recursive(leaves, (int)position * size, size), hash.ToArray());
                seen++;
            });
        }
        // Each append joins as many subtrees as it carries: n - popcount(n) inner nodes for n leaves (1000 has 6 bits set).
        Assert.Equal(1000 - 6, seen);
    }

    [Fact]
    public void The_audit_path_ranges_are_the_siblings_on_the_way_to_the_root()
    {
        // RFC 6962 2.1.3, tree of 7 leaves: the path of leaf 3 is [leaf 2, node (0..1), node (4..6)].
        Assert.Equal([(2L, 1L), (0L, 2L), (4L, 3L)], AuditInclusionProofs.PathRanges(3, 0, 7));
        Assert.Equal([(1L, 1L), (2L, 2L), (4L, 3L)], AuditInclusionProofs.PathRanges(0, 0, 7));
        Assert.Equal([(4L, 2L), (0L, 4L)], AuditInclusionProofs.PathRanges(6, 0, 7));
    }

    private static byte[] Recursive(List<byte[]> leaves, int start, int n)
    {
        if (n == 1) return leaves[start];
        var k = 1;
        while (k * 2 < n) k *= 2;
        return SHA256.HashData([1, .. Recursive(leaves, start, k), .. Recursive(leaves, start + k, n - k)]);
    }
}
