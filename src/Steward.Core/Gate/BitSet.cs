namespace Steward.Core.Gate;

/// <summary>A fixed-size set of small integers (purpose or category indexes of the compiled policy);
/// testing membership allocates nothing.</summary>
public sealed class BitSet
{
    private readonly ulong[] _bits;

    public BitSet(int size) => _bits = new ulong[Math.Max(1, (size + 63) / 64)];

    public bool Contains(int index) => (_bits[index >> 6] & (1UL << (index & 63))) != 0;

    public void Set(int index, bool value = true)
    {
        if (value) _bits[index >> 6] |= 1UL << (index & 63);
        else _bits[index >> 6] &= ~(1UL << (index & 63));
    }
}
