namespace Corroborate.Api;

/// <summary>The API's own entry point (tests host it through this); users start it with `corroborate serve`.</summary>
public class Program
{
    public static void Main(string[] args) => CorroborateApi.Build(args).Run();
}
