namespace Corroborate.Resolution;

/// <summary>Disjoint sets over 0..n-1 with the reason each union was made.</summary>
internal sealed class UnionFind(int n)
{
    private readonly int[] _parent = Enumerable.Range(0, n).ToArray();
    private readonly int[] _rank = new int[n];

    public int Find(int x)
    {
        while (_parent[x] != x) { _parent[x] = _parent[_parent[x]]; x = _parent[x]; }
        return x;
    }

    /// <summary>Joins the sets of a and b; false if they were already one.</summary>
    public bool Union(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra == rb) return false;
        if (_rank[ra] < _rank[rb]) (ra, rb) = (rb, ra);
        _parent[rb] = ra;
        if (_rank[ra] == _rank[rb]) _rank[ra]++;
        return true;
    }
}
