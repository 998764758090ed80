// %% Words
var words = List.of("Beijing", "Washington", "Shanghai", "New York", "Geneva");
// %% Count
words.stream().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.counting()))
// %% Print
words.forEach(System.out::println);
