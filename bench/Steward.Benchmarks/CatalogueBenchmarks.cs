using BenchmarkDotNet.Attributes;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Loading;
using Steward.Core.Notices;

namespace Steward.Benchmarks;

/// <summary>What Steward does once at start: load and check the default catalogue, compose and
/// version every site's notice.</summary>
[MemoryDiagnoser]
public class CatalogueBenchmarks
{
    private LoadedCatalogue _catalogue = null!;

    [GlobalSetup]
    public void Setup() => _catalogue = LoadedCatalogue.Load(null);

    [Benchmark(Description = "Load and validate the default catalogue")]
    public CatalogueLoadResult LoadDefault() => CatalogueLoader.LoadDefault();

    [Benchmark(Description = "Compose one notice (one site, one language)")]
    public string ComposeNotice() => new NoticeComposer(_catalogue.Policy).Compose(_catalogue.Policy.Sites[0], "zh-CN");

    [Benchmark(Description = "Compose and version every site's notice")]
    public int ComposeAll()
    {
        var total = 0;
        foreach (var site in _catalogue.Policy.Sites) total += NoticeVersioning.Compose(_catalogue, site).Version.Length;
        return total;
    }
}
