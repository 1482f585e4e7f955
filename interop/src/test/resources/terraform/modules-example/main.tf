variable "environment" {
  type    = string
  default = "staging"
}

variable "spot" {
  type    = bool
  default = false
}

module "asg" {
  source = "./modules/asg"
  count  = 2

  name             = "api-${var.environment}-${count.index}"
  scaling_group_id = "asg-bp1hwxxrl2pxkdd8mu7${count.index}"
  security_groups  = ["sg-bp1fkmy1ovq4z3q6ln6f"]
  spot             = var.spot
  data_disks = [
    { size = 100, category = "cloud_essd", performance_level = "PL1" },
    { size = 200, category = "cloud_efficiency" },
  ]
}

module "from_registry" {
  source  = "alibaba/autoscaling/alicloud"
  version = "~> 1.0"
}
