using Skipper.Web.Platform.Identity.SignIn;

namespace Skipper.Web.Platform;

/// <summary>The "Skipper" section of configuration.</summary>
public sealed class SkipperOptions
{
    /// <summary>Creates the demo municipalities on a new database. On unless the environment is Production.</summary>
    public bool DemoMode { get; set; }

    /// <summary>Host name of the municipality that public pages show when the host matches none.</summary>
    public string? DefaultTenantHost { get; set; }

    public int StaffIdleMinutes { get; set; } = 30;
    public int OtherIdleMinutes { get; set; } = 480;

    /// <summary>How long a bearer token's account check is cached.</summary>
    public int AccountCheckSeconds { get; set; } = 30;

    /// <summary>How many sign-in attempts a minute one address and one account may make.</summary>
    public SignInLimits SignInLimits { get; set; } = new();

    public static SkipperOptions From(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = new SkipperOptions { DemoMode = !environment.IsProduction() };
        configuration.GetSection("Skipper").Bind(options);
        return options;
    }
}
