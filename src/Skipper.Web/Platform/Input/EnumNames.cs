using System.Text.Json;

namespace Skipper.Web.Platform.Input;

/// <summary>Enums by the names the API writes (camelCase): "inner", "hope". Any case; never a number or a list.</summary>
internal static class EnumNames
{
    public static bool TryParse<T>(string? value, out T result)
        where T : struct, Enum
    {
        result = default;
        var name = value?.Trim() ?? "";
        return name.Length > 0 && name.All(char.IsLetter) && Enum.TryParse(name, ignoreCase: true, out result) && Enum.IsDefined(result);
    }

    public static string Of<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
