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
public class Apps : IDisposable
{
    private readonly Dictionary<string, AppFactory> factories = [];
    private readonly Lock gate = new();

    public AppFactory For(string provider)
    {
        lock (gate)
        {
            if (!factories.TryGetValue(provider, out var factory))
            {
                factory = Create(provider);
                _ = factory.Server;
                factories[provider] = factory;
            }
            return factory;
        }
    }

    protected virtual AppFactory Create(string provider) => new(provider);

    public void Dispose()
    {
        foreach (var factory in factories.Values)
        {
            factory.Dispose();
        }
        GC.SuppressFinalize(this);
    }
}

/// <summary>Skipper outside demo mode, as in production: no demo data, so tests create the accounts they need.</summary>
public sealed class NonDemoApps : Apps
{
    protected override AppFactory Create(string provider) =>
        new(provider, settings: new Dictionary<string, string?> { ["Skipper:DemoMode"] = "false" });
}

[CollectionDefinition(Name)]
public sealed class AppsCollection : ICollectionFixture<Apps>
{
    public const string Name = "apps";
}

[CollectionDefinition(Name)]
public sealed class NonDemoAppsCollection : ICollectionFixture<NonDemoApps>
{
    public const string Name = "non-demo apps";
}
