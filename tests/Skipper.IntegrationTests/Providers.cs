namespace Skipper.IntegrationTests;

/// <summary>Every integration test is a theory over the database providers, as in bitwarden's tests.</summary>
public sealed class Providers : TheoryData<string>
{
    public Providers()
    {
        foreach (var provider in Names)
        {
            Add(provider);
        }
    }

    public static IReadOnlyList<string> Names =>
        AppFactory.PostgresServer is null ? ["Sqlite"] : ["Sqlite", "Postgres"];
}

/// <summary>One running Skipper per provider, shared by the tests of the assembly.</summary>
public sealed class Apps : IDisposable
{
    private readonly Dictionary<string, AppFactory> factories = [];
    private readonly Lock gate = new();

    public AppFactory For(string provider)
    {
        lock (gate)
        {
            if (!factories.TryGetValue(provider, out var factory))
            {
                factory = new AppFactory(provider);
                _ = factory.Server;
                factories[provider] = factory;
            }
            return factory;
        }
    }

    public void Dispose()
    {
        foreach (var factory in factories.Values)
        {
            factory.Dispose();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AppsCollection : ICollectionFixture<Apps>
{
    public const string Name = "apps";
}
